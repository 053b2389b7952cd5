package vn.coop.sangtao.awards.round;

import java.time.Instant;

/** vn.coop.sangtao.round.opened.v1 and .closed.v1. */
public record RoundChanged(String roundId, String tenantId, String name, RoundKind kind, int year, String reviewId,
                          boolean open, int suggestions, Instant at) {

    public static final String OPENED = "vn.coop.sangtao.round.opened.v1";
    public static final String CLOSED = "vn.coop.sangtao.round.closed.v1";

    static RoundChanged of(Round r, Instant at) {
        return new RoundChanged(r.id(), r.tenantId(), r.name(), r.kind(), r.year(), r.reviewId(), r.open(),
                r.suggestions().size(), at);
    }
}
