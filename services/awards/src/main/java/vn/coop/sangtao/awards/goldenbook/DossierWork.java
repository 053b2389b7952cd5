package vn.coop.sangtao.awards.goldenbook;

import java.time.Instant;
import java.util.List;

/**
 * A typical initiative of the year in the cycle's dossier, as awards knows it from the initiatives
 * service's events, with the outcome an officer recorded for it ({@code outcomeAt} null while none
 * was recorded).
 */
public record DossierWork(String initiativeId, String title, String kind, String level, List<String> authorNames,
                          WorkOutcome outcome, String publishedIn, Instant outcomeAt, String outcomeBy) {

    public DossierWork {
        authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
        outcome = outcome == null ? WorkOutcome.PENDING : outcome;
    }

    DossierWork recorded(WorkOutcome decided, String published, Instant at, String by) {
        return new DossierWork(initiativeId, title, kind, level, authorNames, decided, published, at, by);
    }

    /** The same work described afresh, keeping the outcome recorded for it. */
    DossierWork describedAs(DossierWork fresh) {
        return new DossierWork(initiativeId, fresh.title(), fresh.kind(), fresh.level(), fresh.authorNames(), outcome,
                publishedIn, outcomeAt, outcomeBy);
    }
}
