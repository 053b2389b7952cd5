package vn.coop.sangtao.platform.audit;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.coop.sangtao.platform.outbox.PendingEvent;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The audit trail: who changed what, when. Entries are written from the outbox, keyed by event id,
 * so every state change appears exactly once and no entry exists for a write that did not happen.
 */
public class AuditTrail {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("aggregateId", Sort.Direction.ASC).on("at", Sort.Direction.ASC).named("tenant_aggregate_at"));
    }

    public void record(String aggregateType, PendingEvent event) {
        Document entry = new Document("_id", event.eventId())
                .append("tenantId", event.tenantId())
                .append("aggregateType", aggregateType)
                .append("aggregateId", event.subject())
                .append("type", event.type())
                .append("actor", event.actor())
                .append("at", Date.from(event.time()))
                .append("data", Document.parse(event.data()));
        try {
            mongo.insert(entry, COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // a re-send after a crash: the entry is already there
        }
    }

    /** Hands every entry of a merged tenant to the tenant that absorbed it, so records keep their history. */
    public long transferTenant(String fromTenant, String toTenant) {
        return mongo.updateMulti(Query.query(where("tenantId").is(fromTenant)),
                new Update().set("tenantId", toTenant), COLLECTION)
                .getModifiedCount();
    }

    /** The current tenant's entries for one record, oldest first. */
    public List<AuditEntry> forAggregate(String aggregateId, int page, int size) {
        Query query = Query.query(where("tenantId").is(TenantContext.require()).and("aggregateId").is(aggregateId))
                .with(Sort.by("at")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).stream().map(AuditEntry::from).toList();
    }
}
