package vn.coop.sangtao.initiatives.person;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.ByIds;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The local read model of people: written by the consumer, read for person authors, council members
 * and conflict-of-interest checks. Events of one person carry its whole state, so applying one twice
 * writes the same values again.
 */
@Repository
public class KnownPersonRepository {

    static final String COLLECTION = "known_people";

    private final MongoTemplate mongo;

    KnownPersonRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        KeyIndexes.forReadModel(mongo, COLLECTION);
    }

    /**
     * Records the person as membership announced them. A transfer (a merge moved the person into the
     * current tenant) takes the record along from whichever tenant held it; ids are unique everywhere.
     */
    public void remember(KnownPerson person, boolean transfer) {
        Query here = transfer ? Query.query(where("_id").is(person.id())) : same(person.id());
        try {
            mongo.upsert(here, new Update().set(AggregateStore.TENANT, TenantContext.require())
                    .set("unitId", person.unitId()).set("fullName", person.fullName()).set("status", person.status()),
                    COLLECTION);
        } catch (DuplicateKeyException movedAway) {
            // an older event of a merged tenant, overtaken by the transfer that moved the person
        }
    }

    public void moveToUnit(String personId, String unitId) {
        mongo.updateFirst(same(personId), new Update().set("unitId", unitId), COLLECTION);
    }

    public void leave(String personId) {
        mongo.updateFirst(same(personId), new Update().set("status", "LEFT"), COLLECTION);
    }

    public Optional<KnownPerson> find(String personId) {
        return Optional.ofNullable(mongo.findOne(same(personId), KnownPerson.class, COLLECTION));
    }

    public Map<String, KnownPerson> findAll(Collection<String> ids) {
        return ByIds.ofTenant(mongo, COLLECTION, ids, KnownPerson.class);
    }

    private static Query same(String personId) {
        return Query.query(where("_id").is(personId).and(AggregateStore.TENANT).is(TenantContext.require()));
    }
}
