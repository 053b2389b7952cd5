package vn.coop.sangtao.membership.person;

import java.time.LocalDate;

/**
 * The events of people, on {@value #TOPIC}. None carries a phone number or an email address; their
 * schemas refuse those fields.
 */
public final class PersonEvent {

    public static final String TOPIC = "membership.person.events";
    public static final String REGISTERED = "vn.coop.sangtao.person.registered.v1";
    public static final String UPDATED = "vn.coop.sangtao.person.updated.v1";
    public static final String MOVED = "vn.coop.sangtao.person.moved.v1";
    public static final String LEFT = "vn.coop.sangtao.person.left.v1";
    public static final String TRANSFERRED = "vn.coop.sangtao.person.transferred.v1";

    private PersonEvent() {
    }

    /** Registered, updated and transferred carry the person as they now are. */
    public record Snapshot(String personId, String tenantId, String unitId, String fullName, PersonKind kind,
                           String position, Gender gender, Integer birthYear, PersonStatus status) {
    }

    public record Moved(String personId, String tenantId, String fromUnitId, String toUnitId, LocalDate effectiveFrom) {
    }

    public record Left(String personId, String tenantId, String unitId, LocalDate leftOn) {
    }
}
