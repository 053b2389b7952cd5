package vn.coop.sangtao.membership.unit;

import vn.coop.sangtao.platform.index.FirstInOrder;
import vn.coop.sangtao.platform.index.TenantEntries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final TenantEntries<UnitEntry> entries = new TenantEntries<>();

    /** Keeps {@code entry} unless a later version of its unit is already here. */
    void put(UnitEntry entry) {
        entries.put(entry);
    }

    int size() {
        return entries.size();
    }

    Hits search(String tenantId, UnitSearch search, int page, int size) {
        boolean textIsTaxCode = search.text() != null && TaxCode.looksLikeOne(search.text());
        List<UnitEntry> found = new ArrayList<>();
        for (UnitEntry unit : entries.of(tenantId)) {
            if (unit.matches(search, textIsTaxCode)) {
                found.add(unit);
            }
        }
        long from = (long) page * size;
        if (from >= found.size()) {
            return new Hits(List.of(), found.size());
        }
        List<UnitEntry> first = FirstInOrder.of(found, order(search), (int) Math.min(found.size(), from + size));
        return new Hits(first.subList((int) from, first.size()).stream().map(UnitEntry::id).toList(), found.size());
    }

    /** The ids of the tenant's units with any of {@code taxCodes}, by tax code. */
    Map<String, String> idsByTaxCode(String tenantId, Set<String> taxCodes) {
        Map<String, String> ids = new HashMap<>();
        for (UnitEntry unit : entries.of(tenantId)) {
            if (taxCodes.contains(unit.taxCode())) {
                ids.put(unit.taxCode(), unit.id());
            }
        }
        return ids;
    }

    /**
     * The order the store would give: the field, missing values first when ascending, then the id
     * ascending whichever way the field runs, so that pages never overlap.
     */
    static Comparator<UnitEntry> order(UnitSearch search) {
        Comparator<UnitEntry> field = field(search.sort() == null ? UnitSort.NAME : search.sort());
        int way = search.direction() == SortDirection.DESC ? -1 : 1;
        return (a, b) -> {
            int byField = way * field.compare(a, b);
            return byField != 0 ? byField : a.id().compareTo(b.id());
        };
    }

    private static Comparator<UnitEntry> field(UnitSort sort) {
        return switch (sort) {
            case NAME -> (a, b) -> FirstInOrder.nullsFirst(a.nameKey(), b.nameKey());
            case TAX_CODE -> (a, b) -> FirstInOrder.nullsFirst(a.taxCode(), b.taxCode());
            case JOINED_ON -> (a, b) -> FirstInOrder.nullsFirst(a.joinedOn(), b.joinedOn());
            case REGISTERED_AT -> (a, b) -> FirstInOrder.nullsFirst(a.registeredAt(), b.registeredAt());
        };
    }
}
