package vn.coop.sangtao.platform.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import vn.coop.sangtao.platform.outbox.OutboxFields;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Unique indexes on exactly the fields a record is looked up by. The embedded store uses an index
 * only for a query on exactly its fields and scans the collection otherwise, so without these every
 * read by id within a tenant, every versioned save and every outbox claim reads the whole collection.
 * They are unique because {@code _id} is; MongoDB answers the same queries from {@code _id} alone, so
 * there they cost a little on writes and nothing else.
 */
public final class KeyIndexes {

    private static final List<List<String>> AGGREGATE_KEYS = List.of(List.of("_id", AggregateStore.TENANT),
            List.of("_id", AggregateStore.TENANT, AggregateStore.VERSION), List.of("_id", OutboxFields.LEASE_OWNER));

    private KeyIndexes() {
    }

    /**
     * For an aggregate's collection: read (id, tenant), saved (id, tenant, version), claimed by the relay
     * (id, lease owner); and, for MongoDB, the relay's sweep: a partial index holding only the documents
     * with events still to publish, keyed by their lease, which the sweep's filter (first pending event
     * exists, lease absent or past) selects from without reading the collection.
     */
    public static void forAggregates(MongoTemplate mongo, String collection) {
        AGGREGATE_KEYS.forEach(fields -> create(mongo, collection, fields));
        mongo.indexOps(collection).createIndex(new Index().named("outbox_pending")
                .on(OutboxFields.LEASE_UNTIL, Sort.Direction.ASC)
                .partial(PartialIndexFilter.of(where(OutboxFields.FIRST_PENDING).exists(true))));
    }

    /** For a read model kept from events: looked up and upserted by (id, tenant). */
    public static void forReadModel(MongoTemplate mongo, String collection) {
        create(mongo, collection, AGGREGATE_KEYS.get(0));
    }

    private static void create(MongoTemplate mongo, String collection, List<String> fields) {
        Index index = new Index().unique().named("key_" + String.join("_", fields).replace("_id", "id"));
        fields.forEach(field -> index.on(field, Sort.Direction.ASC));
        mongo.indexOps(collection).createIndex(index);
    }
}
