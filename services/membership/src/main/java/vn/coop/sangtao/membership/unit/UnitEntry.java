package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.index.IndexEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a unit search filters and sorts on, of one unit at one version. */
record UnitEntry(String id, String tenantId, String taxCode, String nameKey, UnitKind kind, Sector sector,
                 UnitStatus status, String areaId, Set<String> blockIds, LocalDate joinedOn, Instant registeredAt,
                 long version) implements IndexEntry {

    static UnitEntry of(MemberUnit unit) {
        UnitProfile profile = unit.profile();
        List<BlockSeat> seats = unit.blocks() == null ? List.of() : unit.blocks();
        return new UnitEntry(unit.id(), unit.tenantId(), unit.taxCode(), unit.nameKey(),
                profile == null ? null : profile.kind(), profile == null ? null : profile.sector(), unit.status(),
                profile == null ? null : profile.areaId(),
                seats.stream().map(BlockSeat::blockId).collect(Collectors.toUnmodifiableSet()),
                profile == null ? null : profile.joinedOn(), unit.registeredAt(), unit.version());
    }

    /** Whether the unit is one {@code search} finds; {@code textIsTaxCode} says how to read its text, decided once per search. */
    boolean matches(UnitSearch search, boolean textIsTaxCode) {
        if (search.text() != null && !(textIsTaxCode
                ? taxCode != null && taxCode.startsWith(search.text())
                : nameKey != null && nameKey.contains(search.text()))) {
            return false;
        }
        return (search.kind() == null || search.kind() == kind)
                && (search.sector() == null || search.sector() == sector)
                && (search.status() == null || search.status() == status)
                && (search.areaIds() == null || search.areaIds().contains(areaId))
                && (search.blockId() == null || blockIds.contains(search.blockId()));
    }
}
