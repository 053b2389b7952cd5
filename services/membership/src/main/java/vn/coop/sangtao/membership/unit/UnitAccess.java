package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;

import java.util.Set;

/**
 * Who may manage a unit: the alliance's staff manage every unit of their tenant; a unit
 * representative only the unit whose tax code their account carries in the {@code unit} claim.
 */
public final class UnitAccess {

    private static final Set<String> STAFF = Set.of("TENANT_ADMIN", "EMULATION_OFFICER");

    private UnitAccess() {
    }

    public static boolean isStaff() {
        return Actor.roles().stream().anyMatch(STAFF::contains);
    }

    /** Refuses with 403 when the actor may not manage {@code unit}. */
    public static void requireManages(MemberUnit unit) {
        if (!isStaff() && !unit.taxCode().equals(Actor.unit())) {
            throw ApiProblem.forbidden("not-your-unit", unit.name());
        }
    }
}
