package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;

/** A Golden Book nomination of a typical initiative and, once the national alliance decides, its outcome. */
public record Nomination(int year, String letter, Instant nominatedAt, String nominatedBy, NominationOutcome outcome,
                         String publishedIn, Instant decidedAt) {

    public enum NominationOutcome { PENDING, SELECTED, NOT_SELECTED }
}
