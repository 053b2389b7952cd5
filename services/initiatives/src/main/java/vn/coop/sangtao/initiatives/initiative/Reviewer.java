package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;

/** A council member assigned to review an initiative, and what they did. */
public record Reviewer(String personId, String name, String username, ReviewerState state, Scores scores,
                       String comment, String recusalReason, Instant at) {

    public enum ReviewerState { ASSIGNED, SCORED, RECUSED }

    Reviewer scored(Scores given, String note, Instant now) {
        return new Reviewer(personId, name, username, ReviewerState.SCORED, given, note, null, now);
    }

    Reviewer recused(String reason, Instant now) {
        return new Reviewer(personId, name, username, ReviewerState.RECUSED, null, null, reason, now);
    }
}
