package vn.coop.sangtao.membership.unit;

import java.time.LocalDate;

/**
 * Event vn.coop.sangtao.unit.transferred.v1: the unit now belongs to {@code tenantId} because
 * {@code fromTenantId} was merged into it. It keeps its id; the snapshot lets read models move it.
 */
public record UnitTransferred(String unitId, String tenantId, String fromTenantId, String name, UnitKind kind,
                              String taxCode, Sector sector, UnitStatus status, LocalDate effectiveOn) {

    public static final String TYPE = "vn.coop.sangtao.unit.transferred.v1";
}
