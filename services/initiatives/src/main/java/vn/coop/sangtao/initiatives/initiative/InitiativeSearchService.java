package vn.coop.sangtao.initiatives.initiative;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.similarity.TrigramSet;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Answers searches, duplicate candidates and the statutory-clock list from {@link InitiativeIndex},
 * and reads only the initiatives it returns from the store, by id. What this instance writes is in
 * the index at once; what other instances write arrives with their events, usually within a second
 * (the {@code ReadIndexWorker} that {@code InitiativesApplication} declares).
 */
@Service
public class InitiativeSearchService {

    private final InitiativeIndex index = new InitiativeIndex();
    private final InitiativeSearchRepository store;
    private final KnownUnitRepository units;

    InitiativeSearchService(InitiativeSearchRepository store, KnownUnitRepository units) {
        this.store = store;
        this.units = units;
    }

    /** The current tenant's initiatives that pass {@code filter}, a page in {@code sort}'s order. */
    PageResponse<Initiative> search(InitiativeFilter filter, Sort.Order sort, int page, int size) {
        String text = filter.q() == null || filter.q().isBlank() ? null : Text.fold(filter.q());
        Set<String> unitsOfArea = filter.areaId() == null && filter.blockId() == null ? null
                : units.idsWhere(filter.areaId(), filter.blockId());
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

    /** An initiative as this instance just wrote it. */
    void written(Initiative initiative) {
        index.put(InitiativeEntry.of(initiative));
    }

    /** An initiative that an event says has changed, read again from the store. */
    public void changed(String id) {
        store.reload(id).ifPresent(index::put);
    }

    /** Every initiative, read again from the store; returns how many the index holds. */
    public int load() {
        store.loadAll(index::put);
        return index.size();
    }
}
