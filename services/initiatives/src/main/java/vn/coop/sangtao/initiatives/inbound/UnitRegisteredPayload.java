package vn.coop.sangtao.initiatives.inbound;

import java.util.Objects;

/** The fields of vn.coop.sangtao.unit.registered.v1 (and of unit.updated.v1, less the status) that initiatives uses. */
record UnitRegisteredPayload(String unitId, String name, String status, String areaId) {

    UnitRegisteredPayload {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(name, "name");
    }
}
