package vn.coop.sangtao.integrations.feed;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The event feed: each tenant's public events numbered in the order they arrived. The number is
 * the cursor; a reader asks for what comes after the last cursor it saw. A tenant's appends take their
 * numbers one at a time, whichever thread or instance consumes them (see {@link FeedNumberRepository}), so a
 * reader never sees a later number before an earlier one is stored.
 */
@Repository
public class FeedRepository {

    static final String COLLECTION = "feed_events";
    private final MongoTemplate mongo;
    private final FeedNumberRepository numbers;

    FeedRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.numbers = new FeedNumberRepository(mongo, clock);
    }

    /**
     * Appends an event of the current tenant once; a redelivered event is refused by its id and only
     * leaves an unused number behind, which readers never notice (they ask for what comes after).
     */
    public void append(String eventId, String type, String timestamp, String dataJson, Instant now) {
        FeedNumberRepository.Held number = numbers.take(TenantContext.require());
        Document event = new Document("_id", eventId).append(AggregateStore.TENANT, number.tenant())
                .append("cursor", number.number()).append("type", type)
                .append("timestamp", timestamp).append("data", Document.parse(dataJson))
                .append("storedAt", Date.from(now));
        try {
            mongo.insert(event, COLLECTION);
        } catch (DuplicateKeyException alreadyAppended) {
            // a redelivery: the first copy keeps its number
        } finally {
            numbers.release(number);
        }
    }

    /** The current tenant's events after {@code cursor}, in order, optionally of some types only. */
    List<Document> after(long cursor, List<String> types, int limit) {
        Criteria criteria = where("cursor").gt(cursor);
        if (types != null && !types.isEmpty()) {
            criteria = criteria.and("type").in(types);
        }
        Query query = Query.query(AggregateStore.scoped(criteria)).with(Sort.by("cursor")).limit(limit);
        query.fields().exclude(AggregateStore.TENANT).exclude("storedAt");
        return mongo.find(query, Document.class, COLLECTION);
    }

    /** Forgets events stored before {@code cutoff}, of every tenant; returns how many. */
    long purgeBefore(Instant cutoff) {
        return mongo.remove(Query.query(where("storedAt").lt(Date.from(cutoff))), COLLECTION).getDeletedCount();
    }
}
