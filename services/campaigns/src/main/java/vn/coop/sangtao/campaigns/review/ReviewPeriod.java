package vn.coop.sangtao.campaigns.review;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review of a campaign over a period: open while units are scored, then closed, which freezes
 * the results and the block rankings. {@code notAssessed} lists the units in scope whose score
 * sheet had not been signed off at closing.
 */
public record ReviewPeriod(String id, String tenantId, String campaignId, ReviewKind kind, String title,
                           LocalDate from, LocalDate to, boolean open, Instant openedAt, String openedBy,
                           Instant closedAt, String closedBy, List<BlockRanking> blocks, List<UnitResult> results,
                           List<String> notAssessed, long version) {

    public static final String TOPIC = "campaigns.review.events";

    public void requireOpen() {
        if (!open) {
            throw ApiProblem.rule("review-closed", title);
        }
    }

    ReviewPeriod closed(Instant at, String by, List<BlockRanking> rankings, List<UnitResult> all,
                        List<String> missing) {
        requireOpen();
        return new ReviewPeriod(id, tenantId, campaignId, kind, title, from, to, false, openedAt, openedBy, at, by,
                rankings, all, missing, version);
    }
}
