package vn.coop.sangtao.membership.club;

import java.time.LocalDate;

/** The events of clubs, on {@value #TOPIC}. */
public final class ClubEvent {

    public static final String TOPIC = "membership.club.events";
    public static final String FOUNDED = "vn.coop.sangtao.club.founded.v1";
    public static final String MEMBERSHIP_CHANGED = "vn.coop.sangtao.club.membership-changed.v1";

    private ClubEvent() {
    }

    public record Founded(String clubId, String tenantId, String name, String hostUnitId, LocalDate foundedOn) {
    }

    /** A member joined, or left when {@code leftOn} is set. */
    public record MembershipChanged(String clubId, String tenantId, MemberKind memberKind, String memberId,
                                    LocalDate joinedOn, LocalDate leftOn) {
    }
}
