package vn.coop.sangtao.membership.unit;

import java.time.Instant;

/** Event vn.coop.sangtao.unit.updated.v1. */
public record UnitUpdated(String unitId, String tenantId, String name, UnitKind kind, Sector sector,
                          Instant updatedAt, String areaId) {

    public static final String TYPE = "vn.coop.sangtao.unit.updated.v1";
}
