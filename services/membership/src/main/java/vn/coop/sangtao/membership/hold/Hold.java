package vn.coop.sangtao.membership.hold;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A hold on a unit or a person. While it is open they must not be proposed for an award
 * (Decree 152/2025); awards learns of it from the events.
 */
public record Hold(String id, HoldSubject subject, String subjectId, HoldKind kind, String reason, LocalDate openedOn,
                   String openedBy, LocalDate closedOn, String closeReason, String closedBy,
                   List<String> formerTenantIds, long version) {

    static Hold open(HoldSubject subject, String subjectId, HoldKind kind, String reason, LocalDate on, String actor) {
        return new Hold(UUID.randomUUID().toString(), subject, subjectId, kind, reason.trim(), on, actor, null, null,
                null, List.of(), 0);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    Hold close(LocalDate on, String why, String actor) {
        if (!isOpen()) {
            throw ApiProblem.rule("hold-already-closed", closedOn);
        }
        if (on.isBefore(openedOn)) {
            throw ApiProblem.rule("hold-closed-before-opened", openedOn);
        }
        return new Hold(id, subject, subjectId, kind, reason, openedOn, openedBy, on, why.trim(), actor,
                formerTenantIds, version);
    }

    /** What other services need; the reasons stay in membership. */
    HoldEvent event(String tenantId) {
        return new HoldEvent(id, tenantId, subject, subjectId, kind, openedOn, closedOn);
    }
}
