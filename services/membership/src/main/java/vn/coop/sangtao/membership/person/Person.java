package vn.coop.sangtao.membership.person;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person of a member unit, with the history of the units they belonged to. */
public record Person(String id, String unitId, PersonProfile profile, String nameKey, PersonStatus status,
                     LocalDate leftOn, String leftReason, List<Assignment> assignments, List<String> formerTenantIds,
                     Instant registeredAt, String registeredBy, long version) {

    static Person register(String unitId, PersonProfile profile, LocalDate since, Instant now, String actor) {
        PersonProfile clean = profile.trimmed();
        return new Person(UUID.randomUUID().toString(), unitId, clean, Text.fold(clean.fullName()),
                PersonStatus.ACTIVE, null, null, List.of(new Assignment(unitId, since, null)), List.of(), now, actor, 0);
    }

    public String fullName() {
        return profile.fullName();
    }

    Person update(PersonProfile newProfile) {
        requireActive();
        PersonProfile clean = newProfile.trimmed();
        return new Person(id, unitId, clean, Text.fold(clean.fullName()), status, leftOn, leftReason, assignments,
                formerTenantIds, registeredAt, registeredBy, version);
    }

    /** Moves the person to another unit from a date, closing their time at the current one the day before. */
    Person move(String toUnitId, LocalDate from) {
        requireActive();
        if (toUnitId.equals(unitId)) {
            throw ApiProblem.rule("person-already-in-unit");
        }
        Assignment current = assignments.get(assignments.size() - 1);
        if (current.from() != null && from.isBefore(current.from())) {
            throw ApiProblem.rule("move-before-joining", current.from());
        }
        List<Assignment> history = new ArrayList<>(assignments.subList(0, assignments.size() - 1));
        history.add(new Assignment(current.unitId(), current.from(), from.minusDays(1)));
        history.add(new Assignment(toUnitId, from, null));
        return new Person(id, toUnitId, profile, nameKey, status, null, null, List.copyOf(history), formerTenantIds,
                registeredAt, registeredBy, version);
    }

    Person leave(LocalDate on, String reason) {
        requireActive();
        List<Assignment> history = new ArrayList<>(assignments.subList(0, assignments.size() - 1));
        Assignment current = assignments.get(assignments.size() - 1);
        history.add(new Assignment(current.unitId(), current.from(), on));
        return new Person(id, unitId, profile, nameKey, PersonStatus.LEFT, on, reason, List.copyOf(history),
                formerTenantIds, registeredAt, registeredBy, version);
    }

    private void requireActive() {
        if (status == PersonStatus.LEFT) {
            throw ApiProblem.rule("person-has-left", fullName(), leftOn);
        }
    }

    /** The person as events show them: never their phone or email. */
    PersonEvent.Snapshot snapshot(String tenantId) {
        return new PersonEvent.Snapshot(id, tenantId, unitId, fullName(), profile.kind(), profile.position(),
                profile.gender(), profile.birthYear(), status);
    }
}
