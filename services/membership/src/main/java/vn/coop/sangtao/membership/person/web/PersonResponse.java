package vn.coop.sangtao.membership.person.web;

import vn.coop.sangtao.membership.person.Assignment;
import vn.coop.sangtao.membership.person.Gender;
import vn.coop.sangtao.membership.person.Person;
import vn.coop.sangtao.membership.person.PersonKind;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.membership.person.PersonStatus;

import java.time.LocalDate;
import java.util.List;

/** A person as the caller may see them: {@code contactHidden} says the phone and email were withheld. */
public record PersonResponse(String id, String unitId, String fullName, PersonKind kind, String position,
                             Gender gender, Integer birthYear, String phone, String email, boolean contactHidden,
                             String username, PersonStatus status, LocalDate leftOn, String leftReason,
                             List<Assignment> assignments, List<String> formerTenantIds, long version) {

    public static PersonResponse of(Person person) {
        boolean visible = PersonService.maySeeContact(person);
        var p = person.profile();
        return new PersonResponse(person.id(), person.unitId(), p.fullName(), p.kind(), p.position(), p.gender(),
                p.birthYear(), visible ? p.phone() : null, visible ? p.email() : null, !visible, p.username(),
                person.status(), person.leftOn(), visible ? person.leftReason() : null, person.assignments(),
                person.formerTenantIds(), person.version());
    }
}
