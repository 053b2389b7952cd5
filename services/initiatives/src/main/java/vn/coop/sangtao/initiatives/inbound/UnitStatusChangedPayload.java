package vn.coop.sangtao.initiatives.inbound;

import java.util.Objects;

/** The fields of vn.coop.sangtao.unit.status-changed.v1 that initiatives uses. */
record UnitStatusChangedPayload(String unitId, String status) {

    UnitStatusChangedPayload {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(status, "status");
    }
}
