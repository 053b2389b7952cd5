package vn.coop.sangtao.awards.proposal;

import java.time.Instant;

/**
 * One member's vote on a proposal, kept apart from the proposal so that answers never carry it:
 * the ballot is secret from the other members; only the tally is shown. {@code recordedBy} is the
 * officer who entered a written vote.
 */
public record Ballot(String id, String tenantId, String proposalId, String member, boolean yes, boolean written,
                     Instant at, String recordedBy) {

    static String idOf(String proposalId, String member) {
        return proposalId + ":" + member;
    }
}
