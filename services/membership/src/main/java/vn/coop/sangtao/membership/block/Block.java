package vn.coop.sangtao.membership.block;

import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An emulation block (khối thi đua) of one year. Its member units are the units holding a seat in
 * it for that year; the leader (trưởng khối) and deputy are chosen among them.
 */
public record Block(String id, int year, String name, String nameKey, String leaderUnitId, String deputyUnitId,
                    List<String> formerTenantIds, Instant formedAt, String formedBy, long version) {

    static Block form(int year, String name, Instant now, String actor) {
        return new Block(UUID.randomUUID().toString(), year, name.trim(), Text.fold(name), null, null, List.of(), now,
                actor, 0);
    }

    Block lead(String name, String leader, String deputy) {
        return new Block(id, year, name.trim(), Text.fold(name), leader, deputy, formerTenantIds, formedAt, formedBy,
                version);
    }

    boolean isLedBy(String unitId) {
        return unitId.equals(leaderUnitId) || unitId.equals(deputyUnitId);
    }

    BlockEvent snapshot(String tenantId) {
        return new BlockEvent(id, tenantId, year, name, leaderUnitId, deputyUnitId);
    }
}
