package vn.coop.sangtao.initiatives.initiative;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.similarity.TrigramSet;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers searches, duplicate candidates and the statutory-clock list from {@link InitiativeIndex},
 * and reads only the initiatives it returns from the store, by id. What this instance writes is in
 * the index at once; what other instances write arrives with their events, usually within a second
 * ({@link InitiativeSearchWorker}).
 */
@Service
public class InitiativeSearchService {

    /** How long the units of an area or block are searched as they were read. */
    static final Duration PLACES_KEPT = Duration.ofMinutes(1);

    private final InitiativeIndex index = new InitiativeIndex();
    private final Map<String, UnitsOfPlace> places = new ConcurrentHashMap<>();
    private final InitiativeSearchRepository store;
    private final KnownUnitRepository units;
    private final Clock clock;

    InitiativeSearchService(InitiativeSearchRepository store, KnownUnitRepository units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /** The current tenant's initiatives that pass {@code filter}, a page in {@code sort}'s order. */
    PageResponse<Initiative> search(InitiativeFilter filter, Sort.Order sort, int page, int size) {
        String text = filter.q() == null || filter.q().isBlank() ? null : Text.fold(filter.q());
        Set<String> unitsOfArea = filter.areaId() == null && filter.blockId() == null ? null
                : unitsOf(filter.areaId(), filter.blockId());
        InitiativeIndex.Order order = InitiativeIndex.Order.valueOf(sort.getProperty());
        InitiativeIndex.Hits hits = index.search(TenantContext.require(), filter, text, unitsOfArea,
                order.comparator(sort.isDescending()), page, size);
        return new PageResponse<>(store.fetch(hits.ids()), page, size, hits.total());
    }

    /**
     * The ids of submitted initiatives whose titles are at least {@code floor} like {@code title}, the
     * most alike first; of the current tenant, or of every tenant with {@code everyTenant}.
     */
    public List<String> similarTitles(TrigramSet title, String excludeId, double floor, int limit,
                                      boolean everyTenant) {
        return index.similarTitles(everyTenant ? null : TenantContext.require(), title, excludeId, floor, limit)
                .stream().map(InitiativeIndex.TitleMatch::id).toList();
    }

    /** The current tenant's initiatives under review whose decision is due by {@code until}, earliest first. */
    List<Initiative> dueBy(LocalDate until, int limit) {
        return store.fetch(index.dueBy(TenantContext.require(), until, limit));
    }

    /**
     * The current tenant's units in an area and/or a block. The read model answers by reading every
     * unit, so the answer is kept for {@link #PLACES_KEPT}: a unit moved to another area or block is
     * searched under its new place within that time.
     */
    private Set<String> unitsOf(String areaId, String blockId) {
        String key = TenantContext.require() + "|" + areaId + "|" + blockId;
        Instant now = clock.instant();
        UnitsOfPlace kept = places.get(key);
        if (kept == null || kept.readAt().plus(PLACES_KEPT).isBefore(now)) {
            kept = new UnitsOfPlace(now, Set.copyOf(units.idsWhere(areaId, blockId)));
            places.put(key, kept);
        }
        return kept.unitIds();
    }

    private record UnitsOfPlace(Instant readAt, Set<String> unitIds) {
    }

    /** An initiative as this instance just wrote it. */
    void written(Initiative initiative) {
        index.put(InitiativeEntry.of(initiative));
    }

    /** An initiative that an event says has changed, read again from the store. */
    void changed(String id) {
        store.reload(id).ifPresent(index::put);
    }

    /** Every initiative, read again from the store; returns how many the index holds. */
    int load() {
        store.loadAll(index::put);
        return index.size();
    }
}
