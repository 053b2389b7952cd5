package vn.coop.sangtao.awards.fact;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The facts awards keeps from other services' events: recognised initiatives, holds, units and
 * people, activities, and the awards granted. Each write sets the values an event carries, so a
 * redelivered event changes nothing.
 */
@Repository
public class FactsRepository {

    public static final String INITIATIVES = "recognised_initiatives";
    public static final String HOLDS = "holds";
    public static final String UNITS = "known_units";
    public static final String PEOPLE = "known_people";
    public static final String ACTIVITIES = "activities";
    public static final String GRANTED = "granted_awards";

    private final MongoTemplate mongo;

    /** The field of a known unit that holds its emulation block of {@code year} (units change blocks yearly). */
    public static String blockOf(int year) {
        return "blocks.y" + year;
    }

    FactsRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        List.of(INITIATIVES, UNITS, PEOPLE, ACTIVITIES).forEach(collection -> KeyIndexes.forReadModel(mongo, collection));
        mongo.indexOps(GRANTED).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("nomineeId", Sort.Direction.ASC).on("year", Sort.Direction.ASC).named("tenant_nominee_year"));
    }

    /** Records what the current tenant announced about a record; a change from a tenant that no longer holds it is ignored. */
    public void set(String collection, String id, Update values) {
        try {
            mongo.upsert(Query.query(where("_id").is(id).and(AggregateStore.TENANT).is(TenantContext.require())),
                    values, collection);
        } catch (DuplicateKeyException heldElsewhere) {
            // a merge moved the record to another tenant, whose events now describe it
        }
    }

    /** A unit or person transferred into the current tenant by a merge: it is this tenant's from now on. */
    public void own(String collection, String id, Update values) {
        mongo.upsert(Query.query(where("_id").is(id)), values.set(AggregateStore.TENANT, TenantContext.require()),
                collection);
    }

    public void forget(String collection, String id) {
        mongo.remove(Query.query(where("_id").is(id).and(AggregateStore.TENANT).is(TenantContext.require())), collection);
    }

    public <T> List<T> find(String collection, Criteria filter, Class<T> type) {
        return mongo.find(Query.query(AggregateStore.scoped(filter)), type, collection);
    }

    public long count(String collection, Criteria filter) {
        return mongo.count(Query.query(AggregateStore.scoped(filter)), collection);
    }

    public Optional<Document> get(String collection, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(AggregateStore.byId(id)), Document.class, collection));
    }
}
