package vn.coop.sangtao.awards.report;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.config.AwardsProperties;
import vn.coop.sangtao.awards.fact.FactsRepository;
import vn.coop.sangtao.awards.fact.GrantedAward;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.round.RoundService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The totals of the awards granted in a year (tổng hợp khen thưởng), each at its multiple of the base
 * salary as the decision register reckons it. A person counts under the block and area of their unit.
 */
@Service
@EnableConfigurationProperties(AwardsProperties.class)
public class TotalsService {

    private final FactsRepository facts;
    private final RoundService rounds;
    private final AwardsProperties awards;

    TotalsService(FactsRepository facts, RoundService rounds, AwardsProperties awards) {
        this.facts = facts;
        this.rounds = rounds;
        this.awards = awards;
    }

    public TotalsReport totals(int year) {
        List<GrantedAward> granted = facts.find(FactsRepository.GRANTED, where("year").is(year), GrantedAward.class);
        Map<String, String> unitOfPerson = byId(FactsRepository.PEOPLE, granted.stream()
                .filter(g -> g.nomineeKind() == Nominee.Kind.PERSON).map(GrantedAward::nomineeId).toList(), "unitId");
        Function<GrantedAward, String> unitOf = g -> g.nomineeKind() == Nominee.Kind.UNIT ? g.nomineeId()
                : unitOfPerson.get(g.nomineeId());
        List<String> unitIds = granted.stream().map(unitOf).filter(Objects::nonNull).distinct().toList();
        Map<String, String> blocks = byId(FactsRepository.UNITS, unitIds, FactsRepository.blockOf(year));
        Map<String, String> areas = byId(FactsRepository.UNITS, unitIds, "areaId");
        Map<String, String> roundNames = new HashMap<>();
        List<CountedAward> counted = granted.stream().map(g -> {
            String unit = unitOf.apply(g);
            String roundName = g.roundId() == null ? null
                    : roundNames.computeIfAbsent(g.roundId(), id -> rounds.get(id).name());
            return new CountedAward(g.award(), g.awardName(), g.roundId(), roundName,
                    unit == null ? null : blocks.get(unit), unit == null ? null : areas.get(unit),
                    awards.amountVnd(g.amount()));
        }).toList();
        return new TotalsReport(year, awards.baseSalaryVnd(), Totals.of(counted));
    }

    /** The value of a (possibly dotted) field of the tenant's records among {@code ids}, by id, where it is set. */
    private Map<String, String> byId(String collection, List<String> ids, String field) {
        return facts.find(collection, where("_id").in(ids), Document.class).stream()
                .filter(d -> d.getEmbedded(List.of(field.split("\\.")), String.class) != null)
                .collect(Collectors.toMap(d -> d.getString("_id"),
                        d -> d.getEmbedded(List.of(field.split("\\.")), String.class)));
    }
}
