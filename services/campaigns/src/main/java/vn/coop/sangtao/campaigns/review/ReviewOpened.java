package vn.coop.sangtao.campaigns.review;

import java.time.Instant;
import java.time.LocalDate;

/** vn.coop.sangtao.review.opened.v1: units of the campaign may now be scored for this period. */
public record ReviewOpened(String reviewId, String tenantId, String campaignId, ReviewKind kind, String title,
                           LocalDate from, LocalDate to, Instant openedAt) {

    public static final String TYPE = "vn.coop.sangtao.review.opened.v1";
}
