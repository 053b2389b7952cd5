package vn.coop.sangtao.campaigns.scoring;

import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.Criterion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit's score in a review with every line that makes it up. {@code base} is what the unit earned
 * of {@code maxBase}, {@code bonus} comes on top, and {@code total} is their sum. Criteria scored by
 * hand count their verified score only; a claim not yet verified earns nothing.
 */
public record Scorecard(String reviewId, String unitId, String unitName, List<ScoreLine> lines, double maxBase,
                        double base, double bonus, double total, boolean signedOff, Instant signedOffAt,
                        String signedOffBy) {

    /** Points are kept to two decimals, as councils write them. */
    static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }

    static Scorecard of(Campaign campaign, Assessment sheet, String unitName, Map<String, List<String>> activities) {
        List<ScoreLine> lines = campaign.leaves().stream().map(c -> line(c, sheet.item(c.code()), activities)).toList();
        double maxBase = round(campaign.leaves().stream().filter(c -> !c.bonus()).mapToDouble(Criterion::points).sum());
        double base = round(lines.stream().filter(l -> !l.bonus()).mapToDouble(ScoreLine::earned).sum());
        double bonus = round(lines.stream().filter(ScoreLine::bonus).mapToDouble(ScoreLine::earned).sum());
        return new Scorecard(sheet.reviewId(), sheet.unitId(), unitName, lines, maxBase, base, bonus,
                round(base + bonus), sheet.signedOff(), sheet.signedOffAt(), sheet.signedOffBy());
    }

    private static ScoreLine line(Criterion c, ItemScore item, Map<String, List<String>> activities) {
        if (c.fedByActivities()) {
            List<String> counted = activities.getOrDefault(c.code(), List.of());
            double earned = counted.size() >= c.activity().atLeast() ? c.points() : 0;
            return new ScoreLine(c.code(), c.title(), c.points(), c.bonus(), ScoreLine.ACTIVITIES, null, List.of(),
                    null, null, null, null, c.activity().atLeast(), counted, earned);
        }
        double earned = item.verifiedScore() == null ? 0 : item.verifiedScore();
        return new ScoreLine(c.code(), c.title(), c.points(), c.bonus(), ScoreLine.SELF_ASSESSED, item.selfScore(),
                item.evidence(), item.verifiedScore(), item.verifiedBy(), item.verifiedAt(), item.note(), null, null,
                earned);
    }
}
