package vn.coop.sangtao.initiatives.initiative;

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
 * The store reads behind {@link InitiativeIndex}: by id, and the load of every initiative when the
 * index is built.
 */
@Repository
class InitiativeSearchRepository {

    private static final String[] INDEXED = {"tenantId", "version", "status", "year", "kind", "content.title",
            "content.field", "campaignId", "applyingUnitId", "authors", "typicalYear", "searchKey", "titleKey",
            "submittedAt", "createdAt", "decisionDue"};

    private final MongoTemplate mongo;

    InitiativeSearchRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Hands {@code each} the indexed fields of every initiative of every tenant, reading them in one pass. */
    void loadAll(Consumer<InitiativeEntry> each) {
        Query all = new Query();
        all.fields().include(INDEXED);
        try (Stream<Initiative> initiatives = mongo.stream(all, Initiative.class, InitiativeService.COLLECTION)) {
            initiatives.map(InitiativeEntry::of).forEach(each);
        }
    }

    /** Whatever tenant the initiative now belongs to. */
    Optional<InitiativeEntry> reload(String id) {
        return Optional.ofNullable(mongo.findById(id, Initiative.class, InitiativeService.COLLECTION))
                .map(InitiativeEntry::of);
    }

    /** The current tenant's initiatives of {@code ids}, in the order of {@code ids}. */
    List<Initiative> fetch(List<String> ids) {
        Map<String, Initiative> found = ByIds.ofTenant(mongo, InitiativeService.COLLECTION, ids, Initiative.class);
        return ids.stream().map(found::get).filter(i -> i != null).toList();
    }
}
