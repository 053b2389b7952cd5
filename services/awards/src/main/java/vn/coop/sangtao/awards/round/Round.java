package vn.coop.sangtao.awards.round;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.util.List;

/**
 * A commendation round (đợt khen thưởng): opened from a closed campaign review, or by hand for an
 * event, with the candidates the facts suggest. Proposals are made in an open round.
 */
public record Round(String id, String tenantId, String name, RoundKind kind, int year, String reviewId,
                    boolean open, List<Suggestion> suggestions, Instant openedAt, String openedBy, Instant closedAt,
                    long version) {

    public static final String TOPIC = "awards.round.events";

    public boolean thematic() {
        return kind.thematic();
    }

    public void requireOpen() {
        if (!open) {
            throw ApiProblem.rule("round-closed", name);
        }
    }

    Round closed(Instant at) {
        requireOpen();
        return new Round(id, tenantId, name, kind, year, reviewId, false, suggestions, openedAt, openedBy, at, version);
    }
}
