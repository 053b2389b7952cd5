package vn.coop.sangtao.platform.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import vn.coop.sangtao.platform.outbox.OutboxFields;

import java.util.List;

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

    /** For an aggregate's collection: read (id, tenant), saved (id, tenant, version), claimed by the relay (id, lease owner). */
    public static void forAggregates(MongoTemplate mongo, String collection) {
        AGGREGATE_KEYS.forEach(fields -> create(mongo, collection, fields));
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
