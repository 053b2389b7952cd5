package vn.coop.sangtao.awards.goldenbook;

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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The initiatives on their way to the Golden Book, kept per tenant from the initiatives service's
 * typical-marked, nominated and nomination-decided events. Every write sets what an event says, so
 * a redelivered event changes nothing.
 */
@Repository
public class GoldenBookWorksRepository {

    static final String COLLECTION = "golden_book_works";

    private final MongoTemplate mongo;

    GoldenBookWorksRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        KeyIndexes.forReadModel(mongo, COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("typicalYear", Sort.Direction.ASC).named("tenant_typicalYear"));
    }

    public void markedTypical(String initiativeId, int year) {
        set(initiativeId, new Update().set("typicalYear", year));
    }

    public void nominated(String initiativeId, int year, String title, String kind, String level) {
        set(initiativeId, new Update().set("nominatedYear", year).set("title", title).set("kind", kind)
                .set("level", level));
    }

    /** The national alliance's decision: selected with the book it appears in is published. */
    public void decided(String initiativeId, boolean selected, String publishedIn) {
        boolean published = selected && publishedIn != null && !publishedIn.isBlank();
        WorkOutcome outcome = published ? WorkOutcome.PUBLISHED
                : selected ? WorkOutcome.SELECTED : WorkOutcome.NOT_SELECTED;
        set(initiativeId, new Update().set("nationalOutcome", outcome).set("publishedIn", published ? publishedIn : null));
    }

    /** The current tenant's initiatives marked typical of {@code year}. */
    List<KnownWork> typicalOf(int year) {
        return find(where("typicalYear").is(year));
    }

    /** The current tenant's initiatives among {@code ids}, by id. */
    Map<String, KnownWork> byIds(Collection<String> ids) {
        return find(where("_id").in(ids)).stream().collect(Collectors.toMap(KnownWork::id, Function.identity()));
    }

    private List<KnownWork> find(Criteria filter) {
        return mongo.find(Query.query(AggregateStore.scoped(filter)), KnownWork.class, COLLECTION);
    }

    private void set(String initiativeId, Update values) {
        mongo.upsert(Query.query(AggregateStore.byId(initiativeId)), values, COLLECTION);
    }
}
