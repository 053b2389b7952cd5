package vn.coop.sangtao.initiatives.initiative.web;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.InitiativeStatus;

import java.time.Instant;
import java.util.List;

/** An initiative as clients see it. */
public record InitiativeResponse(String id, InitiativeKind kind, String title, String summary, String field, int year,
                                 List<Author> authors, String applyingUnitId, String campaignId,
                                 InitiativeStatus status, Instant submittedAt, String submittedBy, long version) {

    static InitiativeResponse of(Initiative i) {
        return new InitiativeResponse(i.id(), i.kind(), i.title(), i.summary(), i.field(), i.year(), i.authors(),
                i.applyingUnitId(), i.campaignId(), i.status(), i.submittedAt(), i.submittedBy(), i.version());
    }
}
