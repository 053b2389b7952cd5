package vn.coop.sangtao.membership.club;

import java.time.LocalDate;

/** One membership of a club; {@code leftOn} is null while it lasts. */
public record ClubMember(MemberKind kind, String memberId, LocalDate joinedOn, LocalDate leftOn) {

    boolean isCurrent() {
        return leftOn == null;
    }
}
