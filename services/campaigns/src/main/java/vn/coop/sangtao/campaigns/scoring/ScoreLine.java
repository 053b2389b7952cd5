package vn.coop.sangtao.campaigns.scoring;

import java.time.Instant;
import java.util.List;

/**
 * One criterion of a score card, explaining itself: what it is worth, where the score came from
 * (the officer's verification of the unit's claim, or the activities counted), and what it earned.
 */
public record ScoreLine(String code, String title, double points, boolean bonus, String source, Double selfScore,
                        List<Evidence> evidence, Double verifiedScore, String verifiedBy, Instant verifiedAt,
                        String note, Integer activitiesRequired, List<String> activityIds, double earned) {

    public static final String SELF_ASSESSED = "SELF_ASSESSED";
    public static final String ACTIVITIES = "ACTIVITIES";
}
