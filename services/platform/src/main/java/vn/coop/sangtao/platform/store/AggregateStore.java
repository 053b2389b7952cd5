package vn.coop.sangtao.platform.store;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.coop.sangtao.platform.outbox.OutboxFields;
import vn.coop.sangtao.platform.outbox.OutboxRelay;
import vn.coop.sangtao.platform.outbox.PendingEvent;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The one way services read and write aggregates. Every query starts with the current tenant, so a
 * record of another tenant is simply not found. Every write stores the new state and its pending
 * events in one single-document operation, guarded by the expected version: the outbox holds an
 * event exactly when its state change happened, with no multi-document transaction.
 */
public class AggregateStore {

    public static final String TENANT = "tenantId";
    public static final String VERSION = "version";
    public static final String FORMER_TENANTS = "formerTenantIds";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    /** Creates the indexes the lookups of an aggregate's collection need (see {@link KeyIndexes}). */
    void ensureKeyIndexes(String collection) {
        KeyIndexes.forAggregates(mongo, collection);
    }

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Stores a new aggregate at version 0 with its events; a duplicate unique key answers 409. */
    public void insert(String collection, Object state, List<PendingEvent> events) {
        Document doc = new Document();
        mongo.getConverter().write(state, doc);
        doc.remove("_class");
        doc.put(TENANT, TenantContext.require());
        doc.put(VERSION, 0L);
        OutboxFields.addTo(doc, events);
        mongo.insert(doc, collection);
        if (!events.isEmpty()) {
            relay.signal(collection, doc.get("_id"));
        }
    }

    /** Replaces the state of an aggregate at {@code expectedVersion} and appends its events. */
    public void update(String collection, String id, long expectedVersion, Object state, List<PendingEvent> events) {
        Document doc = new Document();
        mongo.getConverter().write(state, doc);
        Update update = new Update();
        doc.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(TENANT) && !field.equals(VERSION) && !field.equals("_class")) {
                update.set(field, value);
            }
        });
        update.inc(VERSION, 1);
        OutboxFields.addTo(update, events);
        Query guarded = Query.query(byId(id).and(VERSION).is(expectedVersion));
        UpdateResult result = mongo.updateFirst(guarded, update, collection);
        if (result.getMatchedCount() == 0) {
            throw exists(collection, id) ? ApiProblem.conflict("version-conflict") : ApiProblem.notFound(collection, id);
        }
        if (!events.isEmpty()) {
            relay.signal(collection, id);
        }
    }

    /**
     * Moves one aggregate of the current tenant to {@code toTenant}, as when a province is merged
     * into another: the record keeps its id and history, notes where it came from, and carries its
     * events in the same single-document write. Answers false when it is no longer here.
     */
    public boolean transfer(String collection, String id, String toTenant, List<PendingEvent> events) {
        Update update = new Update().set(TENANT, toTenant).push(FORMER_TENANTS, TenantContext.require())
                .inc(VERSION, 1);
        OutboxFields.addTo(update, events);
        boolean moved = mongo.updateFirst(Query.query(byId(id)), update, collection).getMatchedCount() == 1;
        if (moved && !events.isEmpty()) {
            relay.signal(collection, id);
        }
        return moved;
    }

    public <T> Optional<T> findById(String collection, String id, Class<T> type) {
        return Optional.ofNullable(mongo.findOne(Query.query(byId(id)), type, collection));
    }

    /** A page of the current tenant's aggregates matching {@code filter}. */
    public <T> List<T> find(String collection, Criteria filter, Sort sort, int page, int size, Class<T> type) {
        Query query = Query.query(scoped(filter)).with(sort).skip((long) page * size).limit(size);
        return mongo.find(query, type, collection);
    }

    public long count(String collection, Criteria filter) {
        return mongo.count(Query.query(scoped(filter)), collection);
    }

    public boolean exists(String collection, String id) {
        return mongo.exists(Query.query(byId(id)), collection);
    }

    /**
     * One record of the current tenant. The id comes first and flat, so that the store looks the key
     * up instead of scanning (the embedded store uses no index inside {@code $and}).
     */
    public static Criteria byId(Object id) {
        return where("_id").is(id).and(TENANT).is(TenantContext.require());
    }

    /** The tenant criterion first, then {@code filter}. */
    public static Criteria scoped(Criteria filter) {
        Criteria tenant = where(TENANT).is(TenantContext.require());
        return filter == null ? tenant : new Criteria().andOperator(tenant, filter);
    }
}
