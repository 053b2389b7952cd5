package vn.coop.sangtao.integrations.delivery;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Deliveries of all tenants. The worker claims due deliveries across tenants (as the outbox relay
 * does); the delivery log a tenant reads is scoped to it.
 */
@Repository
public class DeliveryRepository {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    DeliveryRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Queues a delivery; false when this event was already queued for this endpoint. */
    public boolean enqueue(Delivery delivery) {
        try {
            mongo.insert(delivery, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /**
     * Claims the most overdue pending delivery by pushing its next attempt past the lease: if this
     * instance dies while sending, the delivery simply becomes due again.
     */
    Delivery claimDue(Instant now, Instant leaseEnd) {
        Query due = Query.query(where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(Date.from(now)))
                .with(Sort.by("nextAttemptAt"));
        return mongo.findAndModify(due, new Update().set("nextAttemptAt", Date.from(leaseEnd)),
                FindAndModifyOptions.options().returnNew(false), Delivery.class, COLLECTION);
    }

    void recordAttempt(String id, Attempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
        Update update = new Update().inc("attempts", 1).set("status", status)
                .set("lastStatus", attempt.status()).set("lastError", attempt.error())
                .push("attemptLog", new Document("at", Date.from(attempt.at())).append("status", attempt.status())
                        .append("latencyMs", attempt.latencyMillis()).append("excerpt", attempt.excerpt()));
        if (status == DeliveryStatus.DELIVERED) {
            update.set("deliveredAt", Date.from(attempt.at()));
        }
        if (nextAttemptAt != null) {
            update.set("nextAttemptAt", Date.from(nextAttemptAt));
        }
        mongo.updateFirst(Query.query(where("_id").is(id)), update, COLLECTION);
    }

    /** The current tenant's delivery log, newest first. */
    public List<Document> log(String endpointId, DeliveryStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (endpointId != null) {
            criteria = criteria.and("endpointId").is(endpointId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = Query.query(AggregateStore.scoped(criteria)).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size);
        query.fields().exclude("body");
        return mongo.find(query, Document.class, COLLECTION);
    }
}
