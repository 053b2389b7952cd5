package vn.coop.sangtao.membership.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The searchable fields of every unit, held in memory so that a search filters, counts and sorts
 * without a query that the embedded store could only answer by reading and sorting the whole
 * collection. It is a copy: loaded from the store at start, written through by this instance's own
 * changes, and told of every other instance's by the units' events, each of which reloads the unit
 * from the store. An entry only ever gives way to a later version of its unit, so the order in which
 * these arrive does not matter.
 */
final class UnitSearchIndex {

    /** A page of ids in the search's order, and how many units the search finds. */
    record Hits(List<String> ids, long total) {
    }

    private final Map<String, UnitEntry> byId = new ConcurrentHashMap<>();
    private final Map<String, Map<String, UnitEntry>> byTenant = new ConcurrentHashMap<>();

    /** Keeps {@code entry} unless a later version of its unit is already here. */
    void put(UnitEntry entry) {
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

    int size() {
        return byId.size();
    }

    Hits search(String tenantId, UnitSearch search, int page, int size) {
        Collection<UnitEntry> units = tenant(tenantId).values();
        List<UnitEntry> found = new ArrayList<>();
        for (UnitEntry unit : units) {
            if (unit.matches(search)) {
                found.add(unit);
            }
        }
        long from = (long) page * size;
        if (from >= found.size()) {
            return new Hits(List.of(), found.size());
        }
        List<UnitEntry> first = smallest(found, order(search), (int) Math.min(found.size(), from + size));
        return new Hits(first.subList((int) from, first.size()).stream().map(UnitEntry::id).toList(), found.size());
    }

    /** The ids of the tenant's units with any of {@code taxCodes}, by tax code. */
    Map<String, String> idsByTaxCode(String tenantId, Set<String> taxCodes) {
        Map<String, String> ids = new HashMap<>();
        for (UnitEntry unit : tenant(tenantId).values()) {
            if (taxCodes.contains(unit.taxCode())) {
                ids.put(unit.taxCode(), unit.id());
            }
        }
        return ids;
    }

    /** The first {@code count} of {@code entries} in {@code order}: a bounded heap, as a page needs few of many. */
    private static List<UnitEntry> smallest(List<UnitEntry> entries, Comparator<UnitEntry> order, int count) {
        if (count * 4L >= entries.size()) {
            entries.sort(order);
            return entries.subList(0, count);
        }
        PriorityQueue<UnitEntry> kept = new PriorityQueue<>(count + 1, order.reversed());
        for (UnitEntry entry : entries) {
            kept.add(entry);
            if (kept.size() > count) {
                kept.poll();
            }
        }
        List<UnitEntry> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }

    /**
     * The order the store would give: the field, missing values first when ascending, then the id
     * ascending whichever way the field runs, so that pages never overlap.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<UnitEntry> order(UnitSearch search) {
        UnitSort sort = search.sort() == null ? UnitSort.NAME : search.sort();
        Comparator<Comparable> values = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<UnitEntry> byField = Comparator.comparing(e -> (Comparable) e.valueOf(sort), values);
        if (search.direction() == SortDirection.DESC) {
            byField = byField.reversed();
        }
        return byField.thenComparing(UnitEntry::id);
    }

    private Map<String, UnitEntry> tenant(String tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }
}
