package vn.coop.sangtao.awards.review;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The closed reviews awards has learned, one document per review keyed by its id within the
 * tenant: a redelivered event overwrites the document with the same values.
 */
@Repository
public class ClosedReviewRepository {

    public static final String COLLECTION = "closed_reviews";

    private final MongoTemplate mongo;

    ClosedReviewRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        KeyIndexes.forReadModel(mongo, COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("closedAt", Sort.Direction.DESC).named("tenant_closedAt"));
    }

    public void remember(ClosedReview review) {
        Document values = new Document();
        mongo.getConverter().write(review, values);
        Update update = new Update();
        values.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(AggregateStore.TENANT) && !field.equals("_class")) {
                update.set(field, value);
            }
        });
        mongo.upsert(Query.query(AggregateStore.byId(review.id())), update, COLLECTION);
    }

    Optional<ClosedReview> find(String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(AggregateStore.byId(id)), ClosedReview.class, COLLECTION));
    }

    /** A page of the tenant's closed reviews, the latest closed first, without the units' results. */
    List<ReviewSummary> page(Integer year, int page, int size) {
        Query query = Query.query(AggregateStore.scoped(filter(year)))
                .with(Sort.by(Sort.Direction.DESC, "closedAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size);
        query.fields().exclude("results", "notAssessed");
        return mongo.find(query, ReviewSummary.class, COLLECTION);
    }

    long count(Integer year) {
        return mongo.count(Query.query(AggregateStore.scoped(filter(year))), COLLECTION);
    }

    private static Criteria filter(Integer year) {
        return year == null ? null : where("year").is(year);
    }
}
