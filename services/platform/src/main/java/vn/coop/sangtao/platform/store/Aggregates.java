package vn.coop.sangtao.platform.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.outbox.PendingEvent;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of aggregate in one collection, publishing on one topic: the small repository every
 * aggregate of a service would otherwise write again. Reads and writes go through
 * {@link AggregateStore}, so they are scoped to the current tenant.
 */
public final class Aggregates<T> {

    private final AggregateStore store;
    private final EventFactory events;
    private final String collection;
    private final String topic;
    private final Class<T> type;
    private final Function<T, String> idOf;

    public Aggregates(AggregateStore store, EventFactory events, String collection, String topic, Class<T> type,
                      Function<T, String> idOf) {
        this.store = store;
        this.events = events;
        this.collection = collection;
        this.topic = topic;
        this.type = type;
        this.idOf = idOf;
        store.ensureKeyIndexes(collection);
    }

    public String collection() {
        return collection;
    }

    /** Stores a new aggregate with the event announcing it. */
    public void insert(T state, String eventType, Object event) {
        store.insert(collection, state, List.of(events.pending(eventType, topic, idOf.apply(state), event)));
    }

    /** Saves a change made to the state read at {@code expectedVersion}; a concurrent change answers 409. */
    public T save(T state, long expectedVersion, String eventType, Object event) {
        String id = idOf.apply(state);
        store.update(collection, id, expectedVersion, state, List.of(events.pending(eventType, topic, id, event)));
        return get(id);
    }

    /**
     * Saves a change that an event of another aggregate already announced, so that it needs none of
     * its own (for example a province recording the national alliance's published outcome).
     */
    public T saveAnnounced(T state, long expectedVersion) {
        String id = idOf.apply(state);
        store.update(collection, id, expectedVersion, state, List.of());
        return get(id);
    }

    /**
     * Moves one aggregate of the current tenant to another tenant with the event announcing it. The
     * event belongs to the receiving tenant, as does the audit entry written from it.
     */
    public boolean transfer(String id, String toTenant, String eventType, Object event) {
        PendingEvent announced = TenantContext.callAs(toTenant, () -> events.pending(eventType, topic, id, event));
        return store.transfer(collection, id, toTenant, List.of(announced));
    }

    /**
     * Moves every aggregate of the current tenant to {@code toTenant}, each in its own write with the
     * event {@code eventOf} gives, and answers how many moved. Safe to run again after a crash: what
     * has moved is no longer found here.
     */
    public long transferAll(String toTenant, String eventType, Function<T, Object> eventOf) {
        long moved = 0;
        for (List<T> batch; !(batch = find(null, Sort.by("_id"), 0, 500)).isEmpty(); ) {
            for (T state : batch) {
                moved += transfer(idOf.apply(state), toTenant, eventType, eventOf.apply(state)) ? 1 : 0;
            }
        }
        return moved;
    }

    public Optional<T> find(String id) {
        return store.findById(collection, id, type);
    }

    /** The aggregate, or a 404 naming what was looked for. */
    public T get(String id) {
        return find(id).orElseThrow(() -> ApiProblem.notFound(collection, id));
    }

    public List<T> find(Criteria filter, Sort sort, int page, int size) {
        return store.find(collection, filter, sort, page, size, type);
    }

    public long count(Criteria filter) {
        return store.count(collection, filter);
    }

    public PageResponse<T> page(Criteria filter, Sort sort, int page, int size) {
        return new PageResponse<>(find(filter, sort, page, size), page, size, count(filter));
    }
}
