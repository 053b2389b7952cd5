package vn.coop.sangtao.awards.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The fields of vn.coop.sangtao.review.closed.v1 that awards uses. */
record ReviewClosedPayload(String reviewId, String campaignId, String campaignCode, String campaignTitle, String kind,
                           String title, LocalDate from, LocalDate to, int year, List<Block> blocks,
                           List<Result> results, List<String> notAssessed, Instant closedAt) {

    record Block(String blockId, String blockName, List<String> leaderUnitIds) {
    }

    record Result(String unitId, String unitName, String blockId, double base, double bonus, double total,
                  Integer blockRank) {
    }

    ReviewClosedPayload {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(closedAt, "closedAt");
        blocks = blocks == null ? List.of() : blocks;
        results = results == null ? List.of() : results;
        notAssessed = notAssessed == null ? List.of() : notAssessed;
    }
}
