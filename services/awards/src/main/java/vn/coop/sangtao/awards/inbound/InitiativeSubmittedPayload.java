package vn.coop.sangtao.awards.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The fields of vn.coop.sangtao.initiative.submitted.v1 that awards uses. */
record InitiativeSubmittedPayload(String initiativeId, String title, String kind, int year, String applyingUnitId,
                                  List<Author> authors, Instant submittedAt) {

    record Author(String name) {
    }

    InitiativeSubmittedPayload {
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(submittedAt, "submittedAt");
        authors = authors == null ? List.of() : authors;
    }
}
