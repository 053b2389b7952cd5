package vn.coop.sangtao.campaigns.membership;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;

/**
 * Who may act for a unit: the alliance's staff for any unit, a unit representative only for their
 * own (the {@code unit} claim of their token holds its tax code).
 */
@Service
public class UnitAccessService {

    private final MembershipRepository directory;

    UnitAccessService(MembershipRepository directory) {
        this.directory = directory;
    }

    /** The unit, which the actor may manage; 404 for a unit the tenant does not hold, 403 for another unit's representative. */
    public KnownUnit requireManaged(String unitId) {
        KnownUnit unit = directory.unit(unitId).orElseThrow(() -> ApiProblem.notFound("unit", unitId));
        if (representsOtherUnit(unit)) {
            throw ApiProblem.forbidden("not-your-unit");
        }
        return unit;
    }

    /** A unit representative reads only their own unit's records. */
    public void requireVisible(String unitId) {
        if (!staff()) {
            requireManaged(unitId);
        }
    }

    private static boolean representsOtherUnit(KnownUnit unit) {
        return !staff() && (Actor.unit() == null || !Actor.unit().equals(unit.taxCode()));
    }

    private static boolean staff() {
        return Actor.roles().contains("TENANT_ADMIN") || Actor.roles().contains("EMULATION_OFFICER");
    }
}
