package vn.coop.sangtao.awards.round;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.CatalogueService;
import vn.coop.sangtao.awards.fact.FactsRepository;
import vn.coop.sangtao.awards.fact.FactsService;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.review.ClosedReview;
import vn.coop.sangtao.awards.review.FlagCandidate;
import vn.coop.sangtao.awards.rule.Eligibility;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Opening commendation rounds, from a closed review or by hand, with the candidates the facts
 * suggest: the leader of each block for an emulation flag, and the authors of the year's recognised
 * initiatives for Chiến sĩ thi đua cơ sở.
 */
@Service
public class RoundService {

    static final String FLAG = "CO_THI_DUA";
    static final String BASE_EMULATION_SOLDIER = "CSTDCS";

    private final Aggregates<Round> rounds;
    private final CatalogueService catalogue;
    private final FactsService facts;
    private final FactsRepository known;
    private final Clock clock;

    RoundService(AggregateStore store, EventFactory events, CatalogueService catalogue, FactsService facts,
                 FactsRepository known, Clock clock) {
        this.rounds = new Aggregates<>(store, events, "rounds", Round.TOPIC, Round.class, Round::id);
        this.catalogue = catalogue;
        this.facts = facts;
        this.known = known;
        this.clock = clock;
    }

    /** Opens a round by hand: an event's (thematic) round, or a review round without a review. */
    public Round open(String name, RoundKind kind, int year) {
        return insert(new Round(UUID.randomUUID().toString(), TenantContext.require(), name.trim(), kind, year, null,
                true, suggest(kind, year, List.of()), clock.instant(), Actor.current(), null, 0));
    }

    /** Opens the round of a closed review once; a redelivered review.closed finds it open already. */
    public void openFromReview(ClosedReview review) {
        RoundKind kind = RoundKind.valueOf(review.kind());
        String id = TenantContext.require() + ":review:" + review.id();
        if (rounds.find(id).isPresent()) {
            return;
        }
        String name = "Khen thưởng " + review.title() + " – " + review.campaignTitle();
        try {
            insert(new Round(id, TenantContext.require(), name, kind, review.year(), review.id(), true,
                    suggest(kind, review.year(), review.flagCandidates()), clock.instant(), Actor.SYSTEM, null, 0));
        } catch (ApiProblem conflict) {
            // opened meanwhile by another instance reading the same event
        }
    }

    public Round close(String id) {
        Round round = get(id);
        Round closed = round.closed(clock.instant());
        return rounds.save(closed, round.version(), RoundChanged.CLOSED, RoundChanged.of(closed, clock.instant()));
    }

    public Round get(String id) {
        return rounds.find(id).orElseThrow(() -> ApiProblem.notFound("round", id));
    }

    public PageResponse<Round> list(Integer year, int page, int size) {
        return rounds.page(year == null ? null : where("year").is(year),
                Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id")), page, size);
    }

    private Round insert(Round round) {
        try {
            rounds.insert(round, RoundChanged.OPENED, RoundChanged.of(round, round.openedAt()));
        } catch (DuplicateKeyException exists) {
            throw ApiProblem.conflict("round-exists", round.name());
        }
        return round;
    }

    /**
     * The candidates the facts suggest, each judged by its award type's rules as of the end of the
     * round's year. Thematic rounds suggest no one: their nominees come from the event.
     */
    private List<Suggestion> suggest(RoundKind kind, int year, List<FlagCandidate> leaders) {
        if (kind.thematic()) {
            return List.of();
        }
        LocalDate asOf = LocalDate.of(year, 12, 31);
        List<Suggestion> suggestions = new ArrayList<>();
        AwardType flag = catalogue.asOf(asOf).stream().filter(t -> t.code().equals(FLAG)).findFirst().orElse(null);
        if (flag != null) {
            for (FlagCandidate leader : leaders) {
                Nominee unit = new Nominee(Nominee.Kind.UNIT, leader.unitId(), leader.unitName());
                suggestions.add(new Suggestion(unit, flag.code(), flag.name(), "Dẫn đầu " + leader.blockName(),
                        Eligibility.evaluate(flag.rules(), facts.about(unit, year, Set.of(), Set.of()), flag.merit())));
            }
        }
        AwardType soldier = catalogue.asOf(asOf).stream().filter(t -> t.code().equals(BASE_EMULATION_SOLDIER))
                .findFirst().orElse(null);
        if (soldier != null && kind == RoundKind.YEAR_END) {
            List<String> authors = known.find(FactsRepository.INITIATIVES, where("year").is(year), Document.class)
                    .stream().flatMap(d -> d.getList("personIds", String.class, List.of()).stream()).distinct().toList();
            for (String personId : authors) {
                known.get(FactsRepository.PEOPLE, personId).ifPresent(p -> {
                    Nominee person = new Nominee(Nominee.Kind.PERSON, personId, p.getString("fullName"));
                    suggestions.add(new Suggestion(person, soldier.code(), soldier.name(),
                            "Tác giả sáng kiến được công nhận năm " + year, Eligibility.evaluate(soldier.rules(),
                            facts.about(person, year, Set.of(), Set.of()), soldier.merit())));
                });
            }
        }
        return suggestions;
    }
}
