package vn.coop.sangtao.initiatives.initiative;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The store reads behind {@link InitiativeIndex}. Every query here is by {@code _id} alone, the one
 * shape the embedded store answers from an index; the only exception is the load of every initiative
 * when the index is built.
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

    /** The initiatives of {@code ids} that belong to {@code tenantId}, in the order of {@code ids}. */
    List<Initiative> fetch(List<String> ids, String tenantId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Initiative> found = mongo.find(Query.query(where("_id").in(ids)), Initiative.class,
                        InitiativeService.COLLECTION).stream().filter(i -> tenantId.equals(i.tenantId()))
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        return ids.stream().map(found::get).filter(i -> i != null).toList();
    }
}
