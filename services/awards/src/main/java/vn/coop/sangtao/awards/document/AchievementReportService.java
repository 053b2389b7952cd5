package vn.coop.sangtao.awards.document;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.CatalogueService;
import vn.coop.sangtao.awards.fact.FactsService;
import vn.coop.sangtao.awards.fact.GrantedAward;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.rule.Facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what the achievement report says from the facts awards keeps for the proposal's year:
 * the initiatives recognised that year (and any earlier one the verdict rested on), the closed
 * reviews' scores and ranks, the activities attended, a collective's members' titles, and the
 * awards of earlier years.
 */
@Service
class AchievementReportService {

    private final FactsService facts;
    private final CatalogueService catalogue;

    AchievementReportService(FactsService facts, CatalogueService catalogue) {
        this.facts = facts;
        this.catalogue = catalogue;
    }

    AchievementReport of(Proposal p) {
        Nominee nominee = p.nominee();
        Facts known = facts.about(nominee, p.year(), new HashSet<>(p.attestations()), Set.of());
        Set<String> restedOn = p.verdict() == null ? Set.of() : Set.copyOf(p.verdict().achievements());
        List<AchievementReport.Initiative> initiatives = known.initiatives().stream()
                .filter(i -> i.year() == p.year() || restedOn.contains(i.key()))
                .sorted(Comparator.comparingInt(Facts.InitiativeFact::year).thenComparing(Facts.InitiativeFact::title))
                .map(i -> new AchievementReport.Initiative(i.title(), i.year(), i.level())).toList();
        List<AchievementReport.Review> reviews = known.reviews().stream()
                .map(r -> new AchievementReport.Review(r.reviewTitle(), r.kind(), r.total(), r.blockRank())).toList();
        List<AchievementReport.Earlier> earlier = facts.granted(nominee.id()).stream()
                .filter(g -> g.year() < p.year())
                .sorted(Comparator.comparingInt(GrantedAward::year).thenComparing(GrantedAward::awardName))
                .map(g -> new AchievementReport.Earlier(g.year(), g.awardName(), g.decisionNumber(), g.decisionDate(),
                        g.thematic())).toList();
        boolean unit = nominee.kind() == Nominee.Kind.UNIT;
        return new AchievementReport(unit ? null : facts.unitNameOf(nominee.id()).orElse(null), initiatives, reviews,
                known.activities(), unit ? members(known.members(), p.year()) : null, earlier);
    }

    /** How many active members hold each award of the year, by the award's name in the year's catalogue. */
    private AchievementReport.Members members(List<Facts.Member> members, int year) {
        Map<String, String> names = catalogue.asOf(LocalDate.of(year, 12, 31)).stream()
                .collect(Collectors.toMap(AwardType::code, AwardType::name, (a, b) -> a));
        Map<String, Long> holding = members.stream().flatMap(m -> m.awardsThisYear().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return new AchievementReport.Members(members.size(), holding.entrySet().stream()
                .map(e -> new AchievementReport.Members.Held(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList());
    }
}
