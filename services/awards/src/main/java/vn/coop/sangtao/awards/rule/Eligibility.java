package vn.coop.sangtao.awards.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Evaluates an award type's rules against a nominee's facts. Every verdict explains itself rule by
 * rule. Two rules hold for every award whatever its catalogue entry says: no award while a hold is
 * open, and no achievement is used twice. For a merit award, awards of thematic rounds do not count.
 */
public final class Eligibility {

    private static final List<String> LEVELS = List.of("UNIT", "PROVINCIAL", "NATIONAL");
    private static final List<String> LEVELS_VI = List.of("cơ sở", "tỉnh", "toàn quốc");

    private Eligibility() {
    }

    public static Verdict evaluate(List<Rule> rules, Facts facts, boolean merit) {
        List<RuleVerdict> verdicts = new ArrayList<>();
        verdicts.add(noOpenHold(facts));
        for (Rule rule : rules) {
            verdicts.add(switch (rule.kind()) {
                case AWARD_IN_YEAR -> awardInYear(rule, facts, merit);
                case CONSECUTIVE_AWARDS -> consecutive(rule, facts, merit);
                case RECOGNISED_INITIATIVE -> initiative(rule, facts);
                case BLOCK_RANK -> blockRank(rule, facts);
                case CAMPAIGN_SCORE -> score(rule, facts);
                case MEMBERS_WITH_AWARD -> members(rule, facts);
                case ATTESTATION -> attestation(rule, facts);
                case ATTENDANCE -> attendance(rule, facts);
            });
        }
        return new Verdict(verdicts.stream().allMatch(RuleVerdict::passed), List.copyOf(verdicts));
    }

    private static RuleVerdict noOpenHold(Facts facts) {
        Rule rule = new Rule(null, null, null, null, null, null, null, null, "no open hold");
        return facts.openHolds().isEmpty()
                ? verdict(rule, true, "Không có vụ việc kỷ luật, thanh tra hay khiếu nại đang mở.",
                "No discipline, inspection or complaint is open.")
                : verdict(rule, false, "Đang có vụ việc chưa kết thúc: " + String.join(", ", facts.openHolds()) + ".",
                "A hold is open: " + String.join(", ", facts.openHolds()) + ".");
    }

    private static boolean held(Facts facts, String award, int year, boolean merit) {
        return facts.awards().stream().anyMatch(h -> h.award().equals(award) && h.year() == year
                && !(merit && h.thematic()));
    }

    private static RuleVerdict awardInYear(Rule rule, Facts facts, boolean merit) {
        boolean ok = held(facts, rule.award(), facts.year(), merit);
        return verdict(rule, ok, (ok ? "Đạt " : "Chưa đạt ") + rule.award() + " năm " + facts.year() + ".",
                (ok ? "Holds " : "Does not hold ") + rule.award() + " for " + facts.year() + ".");
    }

    /** The run of years ending with the round's year in which the nominee held the award. */
    static int run(Facts facts, String award, boolean merit) {
        int run = 0;
        while (held(facts, award, facts.year() - run, merit)) {
            run++;
        }
        return run;
    }

    private static RuleVerdict consecutive(Rule rule, Facts facts, boolean merit) {
        int run = run(facts, rule.award(), merit);
        boolean ok = run >= rule.years();
        int from = facts.year() - rule.years() + 1;
        return verdict(rule, ok, "Đạt " + rule.award() + " " + run + " năm liên tục đến năm " + facts.year()
                        + " (cần " + rule.years() + " năm, từ " + from + ").",
                "Held " + rule.award() + " " + run + " consecutive years up to " + facts.year() + " (needs "
                        + rule.years() + ", from " + from + ").");
    }

    private static RuleVerdict initiative(Rule rule, Facts facts) {
        int within = rule.years() == null ? 1 : rule.years();
        String level = rule.level() == null ? "UNIT" : rule.level().toUpperCase(Locale.ROOT);
        Predicate<Facts.InitiativeFact> counts = i -> i.year() > facts.year() - within && i.year() <= facts.year()
                && LEVELS.indexOf(i.level()) >= LEVELS.indexOf(level);
        List<Facts.InitiativeFact> fresh = facts.initiatives().stream().filter(counts)
                .filter(i -> !facts.rewarded().contains(i.key())).toList();
        long used = facts.initiatives().stream().filter(counts).filter(i -> facts.rewarded().contains(i.key())).count();
        if (!fresh.isEmpty()) {
            Facts.InitiativeFact first = fresh.get(0);
            return verdict(rule, true, "Có sáng kiến \"" + first.title() + "\" được công nhận cấp " + vi(first.level())
                            + " năm " + first.year() + ".",
                    "Initiative \"" + first.title() + "\" recognised at " + first.level() + " level in " + first.year()
                            + ".", List.of(first.key()));
        }
        return verdict(rule, false, "Chưa có sáng kiến được công nhận từ cấp " + vi(level) + " trong " + within + " năm"
                        + (used > 0 ? " (" + used + " sáng kiến đã dùng cho đề nghị khen thưởng khác)" : "") + ".",
                "No initiative recognised at " + level + " level or above within " + within + " year(s)"
                        + (used > 0 ? " (" + used + " already used by another proposal)" : "") + ".");
    }

    private static RuleVerdict blockRank(Rule rule, Facts facts) {
        return facts.reviews().stream().filter(r -> r.year() == facts.year() && r.blockRank() != null
                        && r.blockRank() <= rule.maxRank() && !facts.rewarded().contains(r.key())).findFirst()
                .map(r -> verdict(rule, true, "Xếp hạng " + r.blockRank() + " trong khối tại " + r.reviewTitle() + ".",
                        "Ranked " + r.blockRank() + " in its block at " + r.reviewTitle() + ".", List.of(r.key())))
                .orElseGet(() -> verdict(rule, false, "Không có kết quả xếp hạng " + rule.maxRank()
                                + " trở lên trong khối năm " + facts.year() + " chưa được khen.",
                        "No unrewarded block rank of " + rule.maxRank() + " or better in " + facts.year() + "."));
    }

    private static RuleVerdict score(Rule rule, Facts facts) {
        return facts.reviews().stream().filter(r -> r.year() == facts.year() && r.total() >= rule.minScore()
                        && !facts.rewarded().contains(r.key())).findFirst()
                .map(r -> verdict(rule, true, "Đạt " + r.total() + " điểm tại " + r.reviewTitle() + " (cần "
                        + rule.minScore() + ").", "Scored " + r.total() + " at " + r.reviewTitle() + " (needs "
                        + rule.minScore() + ").", List.of(r.key())))
                .orElseGet(() -> verdict(rule, false, "Chưa đạt " + rule.minScore() + " điểm tại đợt đánh giá nào năm "
                        + facts.year() + ".", "Did not score " + rule.minScore() + " at any review of " + facts.year()
                        + "."));
    }

    private static RuleVerdict members(Rule rule, Facts facts) {
        long holding = facts.members().stream().filter(m -> m.awardsThisYear().contains(rule.award())).count();
        int total = facts.members().size();
        boolean ok = rule.minShare() != null
                ? total > 0 && holding >= Math.ceil(rule.minShare() * total - 1e-9)
                : holding >= (rule.minCount() == null ? 1 : rule.minCount());
        String need = rule.minShare() != null ? Math.round(rule.minShare() * 100) + " %"
                : String.valueOf(rule.minCount() == null ? 1 : rule.minCount());
        return verdict(rule, ok, holding + "/" + total + " thành viên đạt " + rule.award() + " năm " + facts.year()
                        + " (cần " + need + ").",
                holding + "/" + total + " members hold " + rule.award() + " for " + facts.year() + " (needs " + need
                        + ").");
    }

    private static RuleVerdict attestation(Rule rule, Facts facts) {
        boolean ok = facts.attestations().contains(rule.attestationKey());
        return verdict(rule, ok, (ok ? "Đã xác nhận: " : "Chưa xác nhận: ") + rule.text() + ".",
                (ok ? "Attested: " : "Not attested: ") + rule.text() + ".");
    }

    private static RuleVerdict attendance(Rule rule, Facts facts) {
        int needed = rule.minCount() == null ? 1 : rule.minCount();
        boolean ok = facts.activities() >= needed;
        return verdict(rule, ok, "Tham gia " + facts.activities() + " hoạt động năm " + facts.year() + " (cần " + needed
                + ").", "Took part in " + facts.activities() + " activities in " + facts.year() + " (needs " + needed
                + ").");
    }

    private static String vi(String level) {
        int at = LEVELS.indexOf(level);
        return at < 0 ? level : LEVELS_VI.get(at);
    }

    private static RuleVerdict verdict(Rule rule, boolean passed, String vi, String en) {
        return verdict(rule, passed, vi, en, List.of());
    }

    private static RuleVerdict verdict(Rule rule, boolean passed, String vi, String en, List<String> achievements) {
        return new RuleVerdict(rule, passed, vi, en, achievements);
    }
}
