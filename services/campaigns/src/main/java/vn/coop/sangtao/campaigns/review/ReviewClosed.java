package vn.coop.sangtao.campaigns.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * vn.coop.sangtao.review.closed.v1: a review's frozen results, for awards. The unit leading each
 * block is the natural candidate for an emulation flag.
 */
public record ReviewClosed(String reviewId, String tenantId, String campaignId, String campaignCode,
                           String campaignTitle, ReviewKind kind, String title, LocalDate from, LocalDate to, int year,
                           List<BlockRanking> blocks, List<UnitResult> results, List<String> notAssessed,
                           Instant closedAt) {

    public static final String TYPE = "vn.coop.sangtao.review.closed.v1";
}
