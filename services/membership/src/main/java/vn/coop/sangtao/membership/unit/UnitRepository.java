package vn.coop.sangtao.membership.unit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Member units of the current tenant. */
@Repository
class UnitRepository {

    static final String COLLECTION = "units";

    private final AggregateStore store;
    private final EventFactory events;

    UnitRepository(AggregateStore store, EventFactory events, MongoTemplate mongo) {
        this.store = store;
        this.events = events;
        // one tax code per tenant: the store refuses a second registration, even under races
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("taxCode", Sort.Direction.ASC).unique().named("tenant_taxcode"));
    }

    void register(MemberUnit unit) {
        store.insert(COLLECTION, unit,
                List.of(events.pending(UnitRegistered.TYPE, UnitRegistered.TOPIC, unit.id(), unit.registered())));
    }

    /** Saves a changed unit read at {@code expectedVersion}, with its event; a concurrent change answers 409. */
    void save(MemberUnit unit, long expectedVersion, String type, Object event) {
        store.update(COLLECTION, unit.id(), expectedVersion, unit,
                List.of(events.pending(type, UnitRegistered.TOPIC, unit.id(), event)));
    }

    Optional<MemberUnit> find(String id) {
        return store.findById(COLLECTION, id, MemberUnit.class);
    }

    List<MemberUnit> search(UnitSearch search) {
        return store.find(COLLECTION, criteria(search), Sort.by("nameKey", "_id"), search.page(), search.size(),
                MemberUnit.class);
    }

    long count(UnitSearch search) {
        return store.count(COLLECTION, criteria(search));
    }

    private static Criteria criteria(UnitSearch search) {
        Criteria criteria = new Criteria();
        if (search.text() != null) {
            criteria = criteria.and("nameKey").regex(Pattern.quote(search.text()));
        }
        if (search.kind() != null) {
            criteria = criteria.and("kind").is(search.kind());
        }
        if (search.status() != null) {
            criteria = criteria.and("status").is(search.status());
        }
        return criteria;
    }
}
