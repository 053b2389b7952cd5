package vn.coop.sangtao.platform.index;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entries of an in-memory index, by id and by tenant. An entry only ever gives way to a later
 * version of its record, so the order in which this instance's writes and the events of the others
 * arrive does not matter; a later version under another tenant (a merge) moves the entry there.
 */
public final class TenantEntries<E extends IndexEntry> {

    private final Map<String, E> byId = new ConcurrentHashMap<>();
    private final Map<String, Map<String, E>> byTenant = new ConcurrentHashMap<>();

    /** Keeps {@code entry} unless a later version of its record is already here. */
    public void put(E entry) {
        byId.compute(entry.id(), (id, held) -> {
            if (held != null && held.version() > entry.version()) {
                return held;
            }
            if (held != null && !held.tenantId().equals(entry.tenantId())) {
                tenant(held.tenantId()).remove(id);
            }
            tenant(entry.tenantId()).put(id, entry);
            return entry;
        });
    }

    /** The entry held for {@code id}, or null. */
    public E get(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** The entries of one tenant. */
    public Collection<E> of(String tenantId) {
        return tenant(tenantId).values();
    }

    /** Every tenant's entries. */
    public Collection<E> all() {
        return byId.values();
    }

    private Map<String, E> tenant(String tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }
}
