package vn.coop.sangtao.membership.unit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.ByIds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The store reads behind the unit search. Every query here is by {@code _id} alone, the one shape the
 * embedded store answers from an index, and the tenant is checked on what comes back; the only
 * exception is the load of all units when the search index is built.
 */
@Repository
class UnitSearchRepository {

    private static final String[] SEARCHED = {"tenantId", "taxCode", "nameKey", "status", "profile.kind",
            "profile.sector", "profile.areaId", "profile.joinedOn", "blocks", "registeredAt", "version"};

    private final MongoTemplate mongo;

    UnitSearchRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Hands {@code each} the searchable fields of every unit of every tenant, reading them in one pass. */
    void loadAll(Consumer<UnitEntry> each) {
        Query all = new Query();
        all.fields().include(SEARCHED);
        try (Stream<MemberUnit> units = mongo.stream(all, MemberUnit.class, UnitService.COLLECTION)) {
            units.map(UnitEntry::of).forEach(each);
        }
    }

    /** Whatever tenant the unit now belongs to. */
    Optional<UnitEntry> reload(String id) {
        return Optional.ofNullable(mongo.findById(id, MemberUnit.class, UnitService.COLLECTION)).map(UnitEntry::of);
    }

    /** The current tenant's units of {@code ids}, in the order of {@code ids}. */
    List<MemberUnit> fetch(List<String> ids) {
        Map<String, MemberUnit> found = ByIds.ofTenant(mongo, UnitService.COLLECTION, ids, MemberUnit.class);
        return ids.stream().map(found::get).filter(unit -> unit != null).toList();
    }
}
