package vn.coop.sangtao.campaigns.scoring;

import java.time.Instant;

/**
 * The payload of the score events: self-assessed and verified name the criterion and its score;
 * signed-off carries the sheet's totals.
 */
public record ScoreChanged(String assessmentId, String tenantId, String campaignId, String reviewId, String unitId,
                           String criterion, Double score, Double total, Instant at) {

    public static final String SELF_ASSESSED = "vn.coop.sangtao.score.self-assessed.v1";
    public static final String VERIFIED = "vn.coop.sangtao.score.verified.v1";
    public static final String SIGNED_OFF = "vn.coop.sangtao.score.signed-off.v1";
}
