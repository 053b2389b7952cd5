package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A member unit of a provincial alliance. {@code nameKey} is the accent-folded name that searches
 * match against; {@code statusHistory} keeps every status with the date it took effect;
 * {@code blocks} holds one seat per year in an emulation block: placing the unit in a block replaces
 * its seat of that year, so a unit is in at most one block a year by construction.
 */
public record MemberUnit(String id, String tenantId, String taxCode, UnitProfile profile, String nameKey,
                         UnitStatus status, List<StatusChange> statusHistory, List<BlockSeat> blocks,
                         List<String> formerTenantIds, Instant registeredAt, String registeredBy, long version) {

    /** Registers a new active unit; the caller has already validated the tax code. */
    public static MemberUnit register(String tenantId, String taxCode, UnitProfile profile, Instant now, String actor) {
        UnitProfile clean = profile.trimmed();
        LocalDate since = clean.joinedOn() != null ? clean.joinedOn() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        StatusChange joined = new StatusChange(UnitStatus.ACTIVE, since, "registered", actor, now);
        return new MemberUnit(UUID.randomUUID().toString(), tenantId, taxCode, clean, Text.fold(clean.name()),
                UnitStatus.ACTIVE, List.of(joined), List.of(), List.of(), now, actor, 0);
    }

    public String name() {
        return profile.name();
    }

    /** Corrects the unit's details; the tax code identifies it and does not change. */
    public MemberUnit update(UnitProfile newProfile) {
        UnitProfile clean = newProfile.trimmed();
        return new MemberUnit(id, tenantId, taxCode, clean, Text.fold(clean.name()), status, statusHistory, blocks,
                formerTenantIds, registeredAt, registeredBy, version);
    }

    /** Records a new status from a date; recording the status the unit already has is refused. */
    public MemberUnit changeStatus(UnitStatus newStatus, LocalDate effectiveFrom, String reason, String actor,
                                   Instant now) {
        if (newStatus == status) {
            throw ApiProblem.rule("status-unchanged", status);
        }
        List<StatusChange> history = new ArrayList<>(statusHistory == null ? List.of() : statusHistory);
        history.add(new StatusChange(newStatus, effectiveFrom, reason, actor, now));
        return new MemberUnit(id, tenantId, taxCode, profile, nameKey, newStatus, List.copyOf(history), blocks,
                formerTenantIds, registeredAt, registeredBy, version);
    }

    /** The block of {@code year}, or null. */
    public String blockOf(int year) {
        return seats().stream().filter(s -> s.year() == year).map(BlockSeat::blockId).findFirst().orElse(null);
    }

    /** Puts the unit in {@code blockId} for {@code year}, leaving any other block of that year; null leaves it. */
    public MemberUnit placeInBlock(int year, String blockId) {
        List<BlockSeat> seats = new ArrayList<>(seats().stream().filter(s -> s.year() != year).toList());
        if (blockId != null) {
            seats.add(new BlockSeat(year, blockId));
        }
        seats.sort(Comparator.comparingInt(BlockSeat::year));
        return new MemberUnit(id, tenantId, taxCode, profile, nameKey, status, statusHistory, List.copyOf(seats),
                formerTenantIds, registeredAt, registeredBy, version);
    }

    private List<BlockSeat> seats() {
        return blocks == null ? List.of() : blocks;
    }

    public UnitRegistered registered() {
        return new UnitRegistered(id, tenantId, name(), profile.kind(), taxCode, profile.sector(), status,
                registeredAt, profile.areaId(), profile.joinedOn());
    }

    public UnitUpdated updated(Instant now) {
        return new UnitUpdated(id, tenantId, name(), profile.kind(), profile.sector(), now, profile.areaId());
    }

    public UnitStatusChanged statusChanged() {
        StatusChange last = statusHistory.get(statusHistory.size() - 1);
        return new UnitStatusChanged(id, tenantId, status, last.effectiveFrom(), last.reason(), last.changedAt());
    }

    UnitTransferred transferred(String toTenant, LocalDate effectiveOn) {
        return new UnitTransferred(id, toTenant, tenantId, name(), profile.kind(), taxCode, profile.sector(), status,
                effectiveOn);
    }
}
