package vn.coop.sangtao.integrations.delivery;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
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
 * does); the log, replays and everything a tenant asks for are scoped to it.
 */
@Repository
public class DeliveryRepository {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    DeliveryRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        ensureIndexes();
    }

    /**
     * The log only grows, so every sweep and check must find its few deliveries without reading it:
     * due ones by (status, nextAttemptAt, seq), the claim's filter and order; an endpoint's pending
     * ones by (endpointId, status, subject, seq), for the breaker's postponement and the ordered
     * check; a tenant's log newest first. The embedded store of the local run accepts these and scans.
     */
    private void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().named("due").on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).on("seq", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().named("endpoint_pending").on("endpointId", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).on("subject", Sort.Direction.ASC).on("seq", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().named("tenant_log").on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC));
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
                .with(Sort.by("nextAttemptAt", "seq"));
        return mongo.findAndModify(due, new Update().set("nextAttemptAt", Date.from(leaseEnd)),
                FindAndModifyOptions.options().returnNew(false), Delivery.class, COLLECTION);
    }

    /** Claims one delivery by id, if it is pending and due: cheap, since it needs no search. */
    Delivery claim(String id, Instant now, Instant leaseEnd) {
        Query due = Query.query(where("_id").is(id).and("status").is(DeliveryStatus.PENDING)
                .and("nextAttemptAt").lte(Date.from(now)));
        return mongo.findAndModify(due, new Update().set("nextAttemptAt", Date.from(leaseEnd)),
                FindAndModifyOptions.options().returnNew(false), Delivery.class, COLLECTION);
    }

    /** Postpones every pending delivery of an endpoint whose breaker is open, in one update. */
    void postponeEndpoint(String endpointId, Instant until) {
        mongo.updateMulti(Query.query(where("endpointId").is(endpointId).and("status").is(DeliveryStatus.PENDING)
                .and("nextAttemptAt").lt(Date.from(until))), new Update().set("nextAttemptAt", Date.from(until)),
                COLLECTION);
    }

    /** Whether an earlier event of the same aggregate still waits for this endpoint. */
    boolean hasEarlierPending(Delivery delivery) {
        return mongo.exists(Query.query(where("endpointId").is(delivery.endpointId())
                .and("subject").is(delivery.subject()).and("status").is(DeliveryStatus.PENDING)
                .and("seq").lt(delivery.seq())), COLLECTION);
    }

    /** Puts a claimed delivery back without counting an attempt. */
    void postpone(String id, Instant until) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("nextAttemptAt", Date.from(until)),
                COLLECTION);
    }

    void recordAttempt(String id, Attempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
        Update update = new Update().inc("attempts", 1).set("status", status)
                .set("lastStatus", attempt.status()).set("lastError", attempt.error())
                .push("attemptLog", new Document("at", Date.from(attempt.at())).append("status", attempt.status())
                        .append("latencyMs", attempt.latencyMillis()).append("excerpt", attempt.excerpt())
                        .append("error", attempt.error()));
        if (status == DeliveryStatus.DELIVERED) {
            update.set("deliveredAt", Date.from(attempt.at()));
        }
        if (nextAttemptAt != null) {
            update.set("nextAttemptAt", Date.from(nextAttemptAt));
        }
        mongo.updateFirst(Query.query(where("_id").is(id)), update, COLLECTION);
    }

    /** Sends the current tenant's matching deliveries again, whatever their outcome was; returns how many. */
    long replay(DeliveryFilter filter, Instant now) {
        UpdateResult result = mongo.updateMulti(Query.query(AggregateStore.scoped(criteria(filter))),
                new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", Date.from(now))
                        .set("attempts", 0), COLLECTION);
        return result.getModifiedCount();
    }

    /** The current tenant's delivery log, newest first, without the bodies. */
    public List<Document> log(DeliveryFilter filter, int page, int size) {
        Query query = Query.query(AggregateStore.scoped(criteria(filter)))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        query.fields().exclude("body");
        return mongo.find(query, Document.class, COLLECTION);
    }

    private static Criteria criteria(DeliveryFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.id() != null) {
            criteria = criteria.and("_id").is(filter.id());
        }
        if (filter.endpointId() != null) {
            criteria = criteria.and("endpointId").is(filter.endpointId());
        }
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria created = criteria.and("createdAt");
            if (filter.from() != null) {
                created.gte(Date.from(filter.from()));
            }
            if (filter.to() != null) {
                created.lt(Date.from(filter.to()));
            }
        }
        return criteria;
    }
}
