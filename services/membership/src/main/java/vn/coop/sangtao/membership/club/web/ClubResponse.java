package vn.coop.sangtao.membership.club.web;

import vn.coop.sangtao.membership.club.Club;
import vn.coop.sangtao.membership.club.ClubService;
import vn.coop.sangtao.membership.club.MemberKind;

import java.time.LocalDate;
import java.util.List;

/** A club with its members named, current ones first. */
record ClubResponse(String id, String name, String hostUnitId, String hostUnitName, LocalDate foundedOn,
                    List<Member> members, long version) {

    record Member(MemberKind kind, String memberId, String name, LocalDate joinedOn, LocalDate leftOn) {
    }

    static ClubResponse of(Club club, ClubService clubs) {
        List<Member> members = club.members().stream()
                .sorted((a, b) -> Boolean.compare(a.leftOn() != null, b.leftOn() != null))
                .map(m -> new Member(m.kind(), m.memberId(), clubs.nameOf(m.kind(), m.memberId()), m.joinedOn(),
                        m.leftOn()))
                .toList();
        return new ClubResponse(club.id(), club.name(), club.hostUnitId(),
                clubs.nameOf(MemberKind.UNIT, club.hostUnitId()), club.foundedOn(), members, club.version());
    }
}
