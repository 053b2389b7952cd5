package vn.coop.sangtao.awards.rule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal rules of DOMAIN.md, as the bundled Law 2022 catalogue writes them, and the rules every award obeys. */
class EligibilityTest {

    private static final int YEAR = 2026;

    /** The bundled catalogue's rules, by award code. */
    private static final Map<String, List<Rule>> LAW_2022 = load();

    record Entry(String code, List<Rule> rules) {
    }

    private static Map<String, List<Rule>> load() {
        try (InputStream in = EligibilityTest.class.getResourceAsStream("/catalogue/law-2022.json")) {
            List<Map<String, Object>> raw = JsonMapper.builder().build().readValue(in, new TypeReference<>() { });
            JsonMapper json = JsonMapper.builder().build();
            return raw.stream().map(m -> json.convertValue(Map.of("code", m.get("code"), "rules", m.get("rules")),
                    Entry.class)).collect(Collectors.toMap(Entry::code, Entry::rules));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Facts facts(List<Facts.Held> awards, List<Facts.InitiativeFact> initiatives) {
        return new Facts(YEAR, awards, initiatives, List.of(), List.of(), List.of(), 0, Set.of(), Set.of());
    }

    private static Facts.InitiativeFact initiative(String level, int year) {
        return new Facts.InitiativeFact("i-" + level + year, "Sấy lúa bằng năng lượng mặt trời", year, level);
    }

    private static Facts.Held held(String award, int year) {
        return new Facts.Held(award, year, false);
    }

    private static Verdict judge(String award, Facts facts) {
        return Eligibility.evaluate(LAW_2022.get(award), facts, true);
    }

    @Test
    void shouldGrantBaseEmulationSoldierOnlyWithAdvancedWorkerAndARecognisedInitiative() {
        assertThat(judge("CSTDCS", facts(List.of(held("LDTT", YEAR)), List.of(initiative("UNIT", YEAR)))).eligible())
                .isTrue();
        assertThat(judge("CSTDCS", facts(List.of(held("LDTT", YEAR)), List.of())).eligible()).isFalse();
        assertThat(judge("CSTDCS", facts(List.of(), List.of(initiative("NATIONAL", YEAR)))).eligible()).isFalse();
        assertThat(judge("CSTDCS", facts(List.of(held("LDTT", YEAR - 1)), List.of(initiative("UNIT", YEAR))))
                .eligible()).as("LĐTT of an earlier year").isFalse();
        Verdict verdict = judge("CSTDCS", facts(List.of(held("LDTT", YEAR)), List.of(initiative("PROVINCIAL", YEAR))));
        assertThat(verdict.rules()).extracting(RuleVerdict::explanation).allMatch(e -> !e.isBlank());
        assertThat(verdict.achievements()).containsExactly("initiative:i-PROVINCIAL" + YEAR);
    }

    @Test
    void shouldGrantProvincialEmulationSoldierOnlyAfterThreeConsecutiveYearsAndAProvincialInitiative() {
        List<Facts.Held> three = List.of(held("CSTDCS", YEAR - 2), held("CSTDCS", YEAR - 1), held("CSTDCS", YEAR));
        assertThat(judge("CSTD_TINH", facts(three, List.of(initiative("PROVINCIAL", YEAR - 1)))).eligible()).isTrue();
        assertThat(judge("CSTD_TINH", facts(three, List.of(initiative("UNIT", YEAR)))).eligible())
                .as("a unit-level initiative is not replicable across the province").isFalse();
        List<Facts.Held> gap = List.of(held("CSTDCS", YEAR - 3), held("CSTDCS", YEAR - 1), held("CSTDCS", YEAR));
        assertThat(judge("CSTD_TINH", facts(gap, List.of(initiative("NATIONAL", YEAR)))).eligible()).isFalse();
    }

    @Test
    void shouldGrantAnExcellentCollectiveOnlyWithAllTasksDoneSeventyPercentAdvancedWorkersAndOneSoldier() {
        List<Facts.Member> members = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> members.add(new Facts.Member("p" + i, Set.of("LDTT"))));
        IntStream.range(7, 10).forEach(i -> members.add(new Facts.Member("p" + i, Set.of())));
        members.set(0, new Facts.Member("p0", Set.of("LDTT", "CSTDCS")));
        Set<String> attested = Set.of("100% thành viên hoàn thành nhiệm vụ");
        Facts excellent = new Facts(YEAR, List.of(), List.of(), List.of(), List.of(), members, 0, attested, Set.of());
        assertThat(judge("TT_LDXS", excellent).eligible()).isTrue();
        assertThat(judge("TT_LDXS", new Facts(YEAR, List.of(), List.of(), List.of(), List.of(), members, 0, Set.of(),
                Set.of())).eligible()).as("without the attestation").isFalse();
        List<Facts.Member> sixty = new ArrayList<>(members);
        sixty.set(6, new Facts.Member("p6", Set.of()));
        assertThat(judge("TT_LDXS", new Facts(YEAR, List.of(), List.of(), List.of(), List.of(), sixty, 0, attested,
                Set.of())).eligible()).as("60 %% advanced workers").isFalse();
        List<Facts.Member> noSoldier = new ArrayList<>(members);
        noSoldier.set(0, new Facts.Member("p0", Set.of("LDTT")));
        assertThat(judge("TT_LDXS", new Facts(YEAR, List.of(), List.of(), List.of(), List.of(), noSoldier, 0, attested,
                Set.of())).eligible()).as("no CSTĐCS among the members").isFalse();
    }

    @Test
    void shouldGiveTheFlagToABlockLeaderOnlyOnceForOneReview() {
        Facts.ReviewFact first = new Facts.ReviewFact("r1", "Tổng kết năm 2026", "YEAR_END", YEAR, 92.5, 1);
        Facts leader = new Facts(YEAR, List.of(), List.of(), List.of(first), List.of(), List.of(), 0, Set.of(), Set.of());
        assertThat(judge("CO_THI_DUA", leader).eligible()).isTrue();
        Facts again = new Facts(YEAR, List.of(), List.of(), List.of(first), List.of(), List.of(), 0, Set.of(),
                Set.of("review:r1"));
        assertThat(judge("CO_THI_DUA", again).eligible()).as("the same review result rewarded twice").isFalse();
        Facts.ReviewFact second = new Facts.ReviewFact("r2", "Tổng kết năm 2026", "YEAR_END", YEAR, 80, 2);
        assertThat(judge("CO_THI_DUA", new Facts(YEAR, List.of(), List.of(), List.of(second), List.of(), List.of(), 0,
                Set.of(), Set.of())).eligible()).isFalse();
    }

    /** Any number of years: N consecutive years pass exactly when each of the last N years up to the round's is held. */
    @Property
    void shouldCountConsecutiveYearsBackFromTheRoundYear(@ForAll @Size(max = 8) Set<@IntRange(min = 2017, max = 2026) Integer> years,
                                                         @ForAll @IntRange(min = 2, max = 6) int needed) {
        List<Facts.Held> awards = years.stream().map(y -> held("CSTDCS", y)).toList();
        Rule rule = new Rule(RuleKind.CONSECUTIVE_AWARDS, "CSTDCS", needed, null, null, null, null, null, null);
        boolean expected = IntStream.rangeClosed(YEAR - needed + 1, YEAR).allMatch(years::contains);
        assertThat(Eligibility.evaluate(List.of(rule), facts(awards, List.of()), true).eligible()).isEqualTo(expected);
    }

    /** Awards of thematic rounds never count towards a merit award, and do count where the award is not a merit one. */
    @Property
    void shouldNeverUseThematicAwardsForMeritAwards(@ForAll @IntRange(min = 2, max = 5) int needed) {
        List<Facts.Held> thematic = IntStream.rangeClosed(YEAR - needed + 1, YEAR)
                .mapToObj(y -> new Facts.Held("CSTDCS", y, true)).toList();
        Rule rule = new Rule(RuleKind.CONSECUTIVE_AWARDS, "CSTDCS", needed, null, null, null, null, null, null);
        assertThat(Eligibility.evaluate(List.of(rule), facts(thematic, List.of()), true).eligible()).isFalse();
        assertThat(Eligibility.evaluate(List.of(rule), facts(thematic, List.of()), false).eligible()).isTrue();
    }

    /** Whatever the award and the facts, an open hold makes the nominee ineligible, and says so first. */
    @Property
    void shouldRefuseEveryAwardWhileAHoldIsOpen(@ForAll("awardCodes") String award,
                                                @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.constraints.StringLength(min = 1, max = 20) String> holds) {
        Facts everything = new Facts(YEAR, List.of(held("LDTT", YEAR), held("CSTDCS", YEAR)),
                List.of(initiative("NATIONAL", YEAR)), List.of(), holds, List.of(), 99, Set.of(), Set.of());
        Verdict verdict = Eligibility.evaluate(LAW_2022.get(award), everything, true);
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.rules().get(0).passed()).isFalse();
    }

    /** An initiative already used by another of the nominee's proposals never backs a second one. */
    @Property
    void shouldNotRewardTheSameInitiativeTwice(@ForAll @IntRange(min = 1, max = 5) int initiatives,
                                               @ForAll @IntRange(min = 0, max = 5) int used) {
        List<Facts.InitiativeFact> all = IntStream.range(0, initiatives)
                .mapToObj(i -> new Facts.InitiativeFact("i" + i, "Sáng kiến " + i, YEAR, "UNIT")).toList();
        Set<String> rewarded = all.stream().limit(used).map(Facts.InitiativeFact::key).collect(Collectors.toSet());
        Facts facts = new Facts(YEAR, List.of(held("LDTT", YEAR)), all, List.of(), List.of(), List.of(), 0, Set.of(),
                rewarded);
        Verdict verdict = Eligibility.evaluate(LAW_2022.get("CSTDCS"), facts, true);
        assertThat(verdict.eligible()).isEqualTo(used < initiatives);
        assertThat(verdict.achievements()).noneMatch(rewarded::contains);
    }

    @Provide
    Arbitrary<String> awardCodes() {
        return Arbitraries.of(LAW_2022.keySet());
    }
}
