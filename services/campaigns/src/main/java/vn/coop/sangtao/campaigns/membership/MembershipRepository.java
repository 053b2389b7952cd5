package vn.coop.sangtao.campaigns.membership;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.ByIds;
import vn.coop.sangtao.campaigns.campaign.Scope;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.AREAS;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.BLOCKS;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.PEOPLE;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.UNITS;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The units, blocks, areas and people of the current tenant as membership's events describe them:
 * written by the membership consumers, read by pledges, scoring, activities and dashboards.
 */
@Repository
public class MembershipRepository {

    /** The collections of the directory, one per kind of record. */
    public static final class Collections {
        public static final String UNITS = "known_units";
        public static final String BLOCKS = "known_blocks";
        public static final String AREAS = "known_areas";
        public static final String PEOPLE = "known_people";

        private Collections() {
        }
    }

    private final MongoTemplate mongo;

    MembershipRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        List.of(UNITS, BLOCKS, AREAS, PEOPLE).forEach(collection -> KeyIndexes.forReadModel(mongo, collection));
    }

    // ---- written from membership's events; every write sets values, so a redelivery changes nothing

    /**
     * Applies a change to a unit or person of the current tenant. When the record already lives in
     * another tenant, a merge has moved it there: the change is an older event of the merged tenant,
     * overtaken by the transfer, which carried the newer state.
     */
    public void upsertHere(String collection, String id, Update update) {
        try {
            mongo.upsert(Query.query(where("_id").is(id).and(AggregateStore.TENANT).is(TenantContext.require())),
                    update, collection);
        } catch (DuplicateKeyException movedAway) {
            // see above: nothing to apply
        }
    }

    /**
     * Records the state the current tenant announced for a record it owns from now on: blocks and
     * areas are announced again under the receiving tenant on a merge, and units and people arrive
     * there by a transfer, so the announcement moves the record whichever tenant held it.
     */
    public void own(String collection, String id, Update state) {
        mongo.upsert(Query.query(where("_id").is(id)), state.set(AggregateStore.TENANT, TenantContext.require()),
                collection);
    }

    // ---- read by the use cases

    public Optional<KnownUnit> unit(String id) {
        return Optional.ofNullable(mongo.findOne(here().addCriteria(where("_id").is(id)), KnownUnit.class, UNITS));
    }

    public Optional<KnownUnit> unitByTaxCode(String taxCode) {
        return Optional.ofNullable(mongo.findOne(here().addCriteria(where("taxCode").is(taxCode)), KnownUnit.class,
                UNITS));
    }

    public Map<String, KnownUnit> units(Collection<String> ids) {
        return ByIds.ofTenant(mongo, UNITS, ids, KnownUnit.class);
    }

    /** The units a campaign of {@code year} reaches: not withdrawn, in a scope block that year or a scope area or below. */
    public List<KnownUnit> unitsInScope(Scope scope, int year) {
        Query query = here().addCriteria(where("status").ne(KnownUnit.WITHDRAWN));
        List<KnownUnit> all = mongo.find(query, KnownUnit.class, UNITS);
        if (scope.wholeAlliance()) {
            return all;
        }
        Set<String> areas = areasWithin(scope.areaIds());
        return all.stream().filter(u -> within(u, scope, year, areas)).toList();
    }

    public boolean inScope(KnownUnit unit, Scope scope, int year) {
        return !unit.withdrawn() && (scope.wholeAlliance() || within(unit, scope, year, areasWithin(scope.areaIds())));
    }

    private static boolean within(KnownUnit unit, Scope scope, int year, Set<String> areas) {
        String block = unit.blockIn(year);
        return block != null && scope.blockIds().contains(block) || unit.areaId() != null && areas.contains(unit.areaId());
    }

    public Map<String, KnownBlock> blocks(int year) {
        return byId(mongo.find(here().addCriteria(where("year").is(year)), KnownBlock.class, BLOCKS), KnownBlock::id);
    }

    public Map<String, KnownArea> areas() {
        return byId(mongo.find(here(), KnownArea.class, AREAS), KnownArea::id);
    }

    /** The area and every area above it among {@code areas}, nearest first. */
    public static List<String> areaAndAbove(String areaId, Map<String, KnownArea> areas) {
        List<String> chain = new ArrayList<>();
        for (String at = areaId; at != null && !chain.contains(at); at = areas.containsKey(at) ? areas.get(at).parentId() : null) {
            chain.add(at);
        }
        return chain;
    }

    public Map<String, KnownPerson> people(Collection<String> ids) {
        return ByIds.ofTenant(mongo, PEOPLE, ids, KnownPerson.class);
    }

    private Set<String> areasWithin(List<String> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Map<String, List<String>> children = areas().values().stream().filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(KnownArea::parentId, Collectors.mapping(KnownArea::id, Collectors.toList())));
        Set<String> within = new HashSet<>();
        List<String> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (within.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return within;
    }

    private static Query here() {
        return Query.query(where(AggregateStore.TENANT).is(TenantContext.require()));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
