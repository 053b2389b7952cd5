package vn.coop.sangtao.initiatives.unit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.ByIds;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The local read model of member units: written by the consumer, read on submission. */
@Repository
public class KnownUnitRepository {

    static final String COLLECTION = "known_units";
    static final String AREAS = "known_areas";

    /** How long the units of an area or block are answered as they were read. */
    static final Duration PLACES_KEPT = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, UnitsOfPlace> places = new ConcurrentHashMap<>();
    /** Moves on whenever this instance records a unit's area, block or tenant, which retires every kept answer. */
    private final AtomicLong placesVersion = new AtomicLong();

    KnownUnitRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        KeyIndexes.forReadModel(mongo, COLLECTION);
        KeyIndexes.forReadModel(mongo, AREAS);
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
            placesVersion.incrementAndGet();
        }
    }

    /**
     * The unit's emulation block of a year, kept as {@code blocks.y<year>}: a unit sits in one block a
     * year, and a repeated event writes the same value again.
     */
    public void seat(String unitId, int year, String blockId) {
        Update update = blockId == null ? new Update().unset("blocks.y" + year) : new Update().set("blocks.y" + year, blockId);
        upsertHere(unitId, update);
        placesVersion.incrementAndGet();
    }

    /**
     * An area as membership defined it, with the area it lies in; a merge re-announces it under the
     * tenant that absorbed it, which then owns it.
     */
    public void defineArea(String areaId, String parentId) {
        mongo.upsert(Query.query(where("_id").is(areaId)), new Update().set(AggregateStore.TENANT,
                TenantContext.require()).set("parentId", parentId), AREAS);
        placesVersion.incrementAndGet();
    }

    /**
     * The ids of the current tenant's units in an area (or any area within it) and/or in a block of
     * any year. Finding them
     * reads every unit of the tenant, so the answer is kept for {@link #PLACES_KEPT}, or until this
     * instance records a unit's new area or block; another instance's records reach it within that time.
     */
    public Set<String> idsWhere(String areaId, String blockId) {
        String key = TenantContext.require() + "|" + areaId + "|" + blockId;
        long version = placesVersion.get();
        Instant now = clock.instant();
        UnitsOfPlace kept = places.get(key);
        if (kept == null || kept.version() != version || kept.readAt().plus(PLACES_KEPT).isBefore(now)) {
            kept = new UnitsOfPlace(version, now, Set.copyOf(read(areaId, blockId)));
            places.put(key, kept);
        }
        return kept.unitIds();
    }

    private record UnitsOfPlace(long version, Instant readAt, Set<String> unitIds) {
    }

    private List<String> read(String areaId, String blockId) {
        Criteria criteria = where(AggregateStore.TENANT).is(TenantContext.require());
        if (areaId != null) {
            criteria = criteria.and("areaId").in(areaAndWithin(areaId));
        }
        Query query = Query.query(criteria);
        query.fields().include("_id").include("blocks");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .filter(d -> blockId == null || (d.get("blocks") instanceof org.bson.Document seats
                        && seats.containsValue(blockId)))
                .map(d -> d.getString("_id")).toList();
    }

    /** The area and every area within it, however deep, as the tenant's areas say. */
    private Set<String> areaAndWithin(String areaId) {
        Query all = Query.query(where(AggregateStore.TENANT).is(TenantContext.require()));
        all.fields().include("_id").include("parentId");
        Map<String, List<String>> children = new HashMap<>();
        for (org.bson.Document area : mongo.find(all, org.bson.Document.class, AREAS)) {
            String parent = area.getString("parentId");
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(area.getString("_id"));
            }
        }
        Set<String> within = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(areaId));
        while (!next.isEmpty()) {
            String area = next.pop();
            if (within.add(area)) {
                next.addAll(children.getOrDefault(area, List.of()));
            }
        }
        return within;
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
        placesVersion.incrementAndGet();
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
