package vn.coop.sangtao.membership.unit;

import java.time.Instant;
import java.time.LocalDate;

/** Event vn.coop.sangtao.unit.status-changed.v1. */
public record UnitStatusChanged(String unitId, String tenantId, UnitStatus status, LocalDate effectiveFrom,
                                String reason, Instant changedAt) {

    public static final String TYPE = "vn.coop.sangtao.unit.status-changed.v1";
}
