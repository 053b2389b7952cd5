package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A member unit of a provincial alliance. {@code nameKey} is the accent-folded name that searches
 * match against; {@code statusHistory} keeps every status with the date it took effect.
 */
public record MemberUnit(String id, String tenantId, String name, String nameKey, UnitKind kind, String taxCode,
                         Sector sector, UnitStatus status, List<StatusChange> statusHistory, Instant registeredAt,
                         String registeredBy, long version) {

    /** Registers a new active unit; the caller has already validated the tax code's shape. */
    public static MemberUnit register(String tenantId, String name, UnitKind kind, String taxCode, Sector sector,
                                      Instant now, String actor) {
        StatusChange joined = new StatusChange(UnitStatus.ACTIVE, LocalDate.ofInstant(now, ZoneOffset.UTC),
                "registered", actor, now);
        return new MemberUnit(UUID.randomUUID().toString(), tenantId, name.trim(), Text.fold(name), kind, taxCode,
                sector, UnitStatus.ACTIVE, List.of(joined), now, actor, 0);
    }

    /** Corrects the unit's name, kind and sector; the tax code identifies it and does not change. */
    public MemberUnit update(String newName, UnitKind newKind, Sector newSector) {
        return new MemberUnit(id, tenantId, newName.trim(), Text.fold(newName), newKind, taxCode, newSector, status,
                statusHistory, registeredAt, registeredBy, version);
    }

    /** Records a new status from a date; recording the status the unit already has is refused. */
    public MemberUnit changeStatus(UnitStatus newStatus, LocalDate effectiveFrom, String reason, String actor,
                                   Instant now) {
        if (newStatus == status) {
            throw ApiProblem.rule("status-unchanged", status);
        }
        List<StatusChange> history = new ArrayList<>(statusHistory == null ? List.of() : statusHistory);
        history.add(new StatusChange(newStatus, effectiveFrom, reason, actor, now));
        return new MemberUnit(id, tenantId, name, nameKey, kind, taxCode, sector, newStatus, List.copyOf(history),
                registeredAt, registeredBy, version);
    }

    public UnitRegistered registered() {
        return new UnitRegistered(id, tenantId, name, kind, taxCode, sector, status, registeredAt);
    }

    public UnitUpdated updated(Instant now) {
        return new UnitUpdated(id, tenantId, name, kind, sector, now);
    }

    public UnitStatusChanged statusChanged() {
        StatusChange last = statusHistory.get(statusHistory.size() - 1);
        return new UnitStatusChanged(id, tenantId, status, last.effectiveFrom(), last.reason(), last.changedAt());
    }
}
