package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.util.UUID;

/**
 * A member unit of a provincial alliance. {@code nameKey} is the accent-folded name that searches
 * match against.
 */
public record MemberUnit(String id, String tenantId, String name, String nameKey, UnitKind kind, String taxCode,
                         Sector sector, UnitStatus status, Instant registeredAt, String registeredBy, long version) {

    /** Registers a new active unit; the caller has already validated the tax code's shape. */
    public static MemberUnit register(String tenantId, String name, UnitKind kind, String taxCode, Sector sector,
                                      Instant now, String actor) {
        return new MemberUnit(UUID.randomUUID().toString(), tenantId, name.trim(), Text.fold(name), kind, taxCode,
                sector, UnitStatus.ACTIVE, now, actor, 0);
    }

    public UnitRegistered registered() {
        return new UnitRegistered(id, tenantId, name, kind, taxCode, sector, status, registeredAt);
    }
}
