package vn.coop.sangtao.membership.unit.web;

import vn.coop.sangtao.membership.unit.BlockSeat;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.StatusChange;
import vn.coop.sangtao.membership.unit.UnitKind;
import vn.coop.sangtao.membership.unit.UnitProfile;
import vn.coop.sangtao.membership.unit.UnitStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member unit as clients see it. */
public record UnitResponse(String id, String name, UnitKind kind, String taxCode, Sector sector, String areaId,
                           LocalDate foundedOn, LocalDate joinedOn, String address, String phone, String email,
                           String head, UnitStatus status, List<StatusChange> statusHistory, List<BlockSeat> blocks,
                           List<String> formerTenantIds, Instant registeredAt, long version) {

    public static UnitResponse of(MemberUnit unit) {
        UnitProfile p = unit.profile();
        return new UnitResponse(unit.id(), p.name(), p.kind(), unit.taxCode(), p.sector(), p.areaId(), p.foundedOn(),
                p.joinedOn(), p.address(), p.phone(), p.email(), p.head(), unit.status(), unit.statusHistory(),
                unit.blocks(), unit.formerTenantIds(), unit.registeredAt(), unit.version());
    }
}
