package vn.coop.sangtao.initiatives.unit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.ByIds;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The local read model of member units: written by the consumer, read on submission. */
@Repository
public class KnownUnitRepository {

    static final String COLLECTION = "known_units";

    private final MongoTemplate mongo;

    KnownUnitRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        KeyIndexes.forReadModel(mongo, COLLECTION);
    }

    /** Records a unit as membership announced it; a redelivered event writes the same values again. */
    public void remember(KnownUnit unit) {
        upsertHere(unit.id(), new Update().set("name", unit.name()).set("status", unit.status()));
    }

    /** A unit's corrected name, as membership announced it. */
    public void rename(String unitId, String name) {
        upsertHere(unitId, new Update().set("name", name));
    }

    /** The area a unit is in; events without one leave it as it was. */
    public void place(String unitId, String areaId) {
        if (areaId != null) {
            upsertHere(unitId, new Update().set("areaId", areaId));
        }
    }

    /**
     * The unit's emulation block of a year, kept as {@code blocks.y<year>}: a unit sits in one block a
     * year, and a repeated event writes the same value again.
     */
    public void seat(String unitId, int year, String blockId) {
        Update update = blockId == null ? new Update().unset("blocks.y" + year) : new Update().set("blocks.y" + year, blockId);
        upsertHere(unitId, update);
    }

    /** The ids of the current tenant's units in an area, or in a block of any year. */
    public List<String> idsWhere(String areaId, String blockId) {
        Criteria criteria = where(AggregateStore.TENANT).is(TenantContext.require());
        if (areaId != null) {
            criteria = criteria.and("areaId").is(areaId);
        }
        Query query = Query.query(criteria);
        query.fields().include("_id").include("blocks");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .filter(d -> blockId == null || (d.get("blocks") instanceof org.bson.Document seats
                        && seats.containsValue(blockId)))
                .map(d -> d.getString("_id")).toList();
    }

    /** A unit's new membership status, as membership announced it. */
    public void restate(String unitId, String status) {
        upsertHere(unitId, new Update().set("status", status));
    }

    /**
     * Moves a unit from a merged tenant to the current one, which absorbed it. The unit keeps its id,
     * so initiatives that name it keep resolving; a redelivered event finds it already moved.
     */
    public void transfer(String fromTenant, KnownUnit unit) {
        Query either = Query.query(where("_id").is(unit.id())
                .and(AggregateStore.TENANT).in(fromTenant, TenantContext.require()));
        mongo.upsert(either, new Update().set(AggregateStore.TENANT, TenantContext.require())
                .set("name", unit.name()).set("status", unit.status()), COLLECTION);
    }

    /**
     * Applies a change to the unit in the current tenant. When the unit already lives in another
     * tenant, a merge has moved it there: the change is an older event of the merged tenant, overtaken
     * by the transfer (they travel under different keys), and the transfer carried the newer state.
     */
    private void upsertHere(String unitId, Update update) {
        try {
            mongo.upsert(same(unitId), update, COLLECTION);
        } catch (DuplicateKeyException movedAway) {
            // see above: nothing to apply
        }
    }

    private static Query same(String unitId) {
        return Query.query(where("_id").is(unitId).and(AggregateStore.TENANT).is(TenantContext.require()));
    }

    /** The units of the current tenant among {@code ids}, by id. */
    public Map<String, KnownUnit> findAll(Collection<String> ids) {
        return ByIds.ofTenant(mongo, COLLECTION, ids, KnownUnit.class);
    }
}
