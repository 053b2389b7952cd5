package vn.coop.sangtao.platform.messaging;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Applies an event's effect to one read-model document at most once. The guard lives in the same
 * single-document update as the effect: the document remembers the ids of the events it has
 * applied, so a redelivered event matches nothing and changes nothing.
 */
public class AppliedEvents {

    static final String APPLIED = "appliedEvents";
    /** How many recent event ids a document remembers; redeliveries come soon after the original. */
    static final int REMEMBERED = 200;

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code effect} to document {@code id} of the current tenant, creating it if needed.
     * Returns false when the event had already been applied.
     */
    public boolean applyOnce(String collection, String id, String eventId, Update effect) {
        Query notYet = Query.query(where(AggregateStore.TENANT).is(TenantContext.require()).and("_id").is(id)
                .and(APPLIED).ne(eventId));
        effect.push(APPLIED).slice(-REMEMBERED).each(eventId);
        try {
            UpdateResult result = mongo.upsert(notYet, effect, collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            // the document exists and already lists the event, so the upsert tried to insert a twin
            return false;
        }
    }
}
