package vn.coop.sangtao.membership.club;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A "Khởi nghiệp, sáng tạo" club hosted by a unit. Past memberships stay on record. */
public record Club(String id, String name, String nameKey, String hostUnitId, LocalDate foundedOn,
                   List<ClubMember> members, List<String> formerTenantIds, long version) {

    static Club found(String name, String hostUnitId, LocalDate foundedOn) {
        return new Club(UUID.randomUUID().toString(), name.trim(), Text.fold(name), hostUnitId, foundedOn, List.of(),
                List.of(), 0);
    }

    Club join(MemberKind kind, String memberId, LocalDate on) {
        if (current(memberId) != null) {
            throw ApiProblem.conflict("already-club-member", name);
        }
        if (on.isBefore(foundedOn)) {
            throw ApiProblem.rule("joined-before-founding", foundedOn);
        }
        List<ClubMember> all = new ArrayList<>(members);
        all.add(new ClubMember(kind, memberId, on, null));
        return with(all);
    }

    Club leave(String memberId, LocalDate on) {
        ClubMember membership = current(memberId);
        if (membership == null) {
            throw ApiProblem.rule("not-club-member", name);
        }
        if (on.isBefore(membership.joinedOn())) {
            throw ApiProblem.rule("left-before-joining", membership.joinedOn());
        }
        List<ClubMember> all = new ArrayList<>(members);
        all.set(all.indexOf(membership), new ClubMember(membership.kind(), memberId, membership.joinedOn(), on));
        return with(all);
    }

    ClubMember current(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId) && m.isCurrent()).findFirst().orElse(null);
    }

    private Club with(List<ClubMember> all) {
        return new Club(id, name, nameKey, hostUnitId, foundedOn, List.copyOf(all), formerTenantIds, version);
    }

    ClubEvent.Founded founded(String tenantId) {
        return new ClubEvent.Founded(id, tenantId, name, hostUnitId, foundedOn);
    }
}
