package vn.coop.sangtao.membership.hold;

import java.time.LocalDate;

/** Events vn.coop.sangtao.hold.opened.v1 and .closed.v1 on {@value #TOPIC}. */
public record HoldEvent(String holdId, String tenantId, HoldSubject subject, String subjectId, HoldKind kind,
                        LocalDate openedOn, LocalDate closedOn) {

    public static final String TOPIC = "membership.hold.events";
    public static final String OPENED = "vn.coop.sangtao.hold.opened.v1";
    public static final String CLOSED = "vn.coop.sangtao.hold.closed.v1";
}
