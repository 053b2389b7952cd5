package vn.coop.sangtao.initiatives.council;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An initiative council (hội đồng sáng kiến) of a tenant; its members are people of member units. */
public record Council(String id, String name, List<CouncilMember> members, long version) {

    /** A member: the person in membership, and the Sangtao account they review with. */
    public record CouncilMember(String personId, String name, String unitId, String username) {
    }

    static Council found(String name) {
        return new Council(UUID.randomUUID().toString(), name.trim(), List.of(), 0);
    }

    Council add(CouncilMember member) {
        if (members.stream().anyMatch(m -> m.personId().equals(member.personId())
                || m.username().equals(member.username()))) {
            throw ApiProblem.conflict("already-council-member", member.name());
        }
        List<CouncilMember> all = new ArrayList<>(members);
        all.add(member);
        return new Council(id, name, List.copyOf(all), version);
    }

    Council remove(String personId) {
        return new Council(id, name, members.stream().filter(m -> !m.personId().equals(personId)).toList(), version);
    }
}
