package vn.coop.sangtao.membership.unit;

import java.time.Instant;
import java.time.LocalDate;

/** Event vn.coop.sangtao.unit.registered.v1: no personal data, only what other services need. */
public record UnitRegistered(String unitId, String tenantId, String name, UnitKind kind, String taxCode,
                             Sector sector, UnitStatus status, Instant registeredAt, String areaId,
                             LocalDate joinedOn) {

    public static final String TYPE = "vn.coop.sangtao.unit.registered.v1";
    public static final String TOPIC = "membership.unit.events";
}
