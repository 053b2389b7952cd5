package vn.coop.sangtao.awards.goldenbook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline of a Golden Book cycle's calendar: a key (DOSSIER, NOMINATION, PUBLICATION or one a
 * tenant adds), what is due, by when, and when an officer marked it done (null until then).
 */
public record Deadline(String key, String title, LocalDate due, Instant doneAt, String doneBy) {

    public static final String DOSSIER = "DOSSIER";
    public static final String NOMINATION = "NOMINATION";
    public static final String PUBLICATION = "PUBLICATION";

    Deadline done(Instant at, String by) {
        return new Deadline(key, title, due, at, by);
    }
}
