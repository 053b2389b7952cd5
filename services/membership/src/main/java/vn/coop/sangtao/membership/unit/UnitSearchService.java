package vn.coop.sangtao.membership.unit;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Answers unit searches from {@link UnitSearchIndex} and reads only the page's units from the store,
 * by id. What this instance writes is in the index at once; what other instances write arrives with
 * their events, usually within a second (the {@code ReadIndexWorker} that {@code MembershipApplication}
 * declares).
 */
@Service
public class UnitSearchService {

    private final UnitSearchIndex index = new UnitSearchIndex();
    private final UnitSearchRepository store;

    UnitSearchService(UnitSearchRepository store) {
        this.store = store;
    }

    PageResponse<MemberUnit> search(UnitSearch search, int page, int size) {
        UnitSearchIndex.Hits hits = index.search(TenantContext.require(), search, page, size);
        return new PageResponse<>(store.fetch(hits.ids()), page, size, hits.total());
    }

    /** The current tenant's units with any of {@code taxCodes}. */
    List<MemberUnit> findByTaxCodes(List<String> taxCodes) {
        Map<String, String> ids = index.idsByTaxCode(TenantContext.require(), new HashSet<>(taxCodes));
        return store.fetch(List.copyOf(ids.values())).stream().filter(unit -> ids.containsKey(unit.taxCode())).toList();
    }

    /** A unit as this instance just wrote it. */
    void written(MemberUnit unit) {
        index.put(UnitEntry.of(unit));
    }

    /** A unit that an event says has changed, read again from the store. */
    public void changed(String id) {
        store.reload(id).ifPresent(index::put);
    }

    /** Every unit, read again from the store; returns how many the index holds. */
    public int load() {
        store.loadAll(index::put);
        return index.size();
    }
}
