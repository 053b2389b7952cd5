package vn.coop.sangtao.membership.unit.web;

import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.StatusChange;
import vn.coop.sangtao.membership.unit.UnitKind;
import vn.coop.sangtao.membership.unit.UnitStatus;

import java.time.Instant;
import java.util.List;

/** A member unit as clients see it. */
public record UnitResponse(String id, String name, UnitKind kind, String taxCode, Sector sector, UnitStatus status,
                           List<StatusChange> statusHistory, Instant registeredAt, long version) {

    static UnitResponse of(MemberUnit unit) {
        return new UnitResponse(unit.id(), unit.name(), unit.kind(), unit.taxCode(), unit.sector(), unit.status(),
                unit.statusHistory(), unit.registeredAt(), unit.version());
    }
}
