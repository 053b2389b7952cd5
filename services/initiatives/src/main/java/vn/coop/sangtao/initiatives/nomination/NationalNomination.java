package vn.coop.sangtao.initiatives.nomination;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.Nomination;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Golden Book nomination as the national alliance holds it: a copy of what the province forwarded,
 * kept in the national tenant, with the national outcome. Its id is the initiative's.
 */
public record NationalNomination(String id, String provinceTenantId, int year, String title, InitiativeKind kind,
                                 String summary, String field, List<Author> authors, String applyingUnitId,
                                 RecognitionLevel level, String decisionNumber, LocalDate decisionDate, String letter,
                                 Instant receivedAt, Nomination.NominationOutcome outcome, String publishedIn,
                                 Instant decidedAt, String decidedBy, long version) {

    NationalNomination decide(boolean selected, String published, Instant now, String actor) {
        return new NationalNomination(id, provinceTenantId, year, title, kind, summary, field, authors, applyingUnitId,
                level, decisionNumber, decisionDate, letter, receivedAt,
                selected ? Nomination.NominationOutcome.SELECTED : Nomination.NominationOutcome.NOT_SELECTED,
                published, now, actor, version);
    }
}
