package vn.coop.sangtao.platform.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/** The fields an aggregate document carries for the outbox, and how a write fills them. */
public final class OutboxFields {

    public static final String OUTBOX = "outbox";
    /**
     * The first pending event: a document has work exactly when it exists. In MongoDB a partial index
     * on the lease (partial filter {@code outbox.0: {$exists: true}}, see {@code KeyIndexes}) keeps the
     * sweep cheap.
     */
    public static final String FIRST_PENDING = OUTBOX + ".0";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
    /**
     * Who holds the lease. The relay claims a hinted document by {@code _id} and this field, and releases
     * it the same way: a collection whose documents are many gives the embedded store a unique index on
     * {@code (_id, outboxLeaseOwner)}, which it uses only for a query of exactly those fields (it scans
     * otherwise). In MongoDB the {@code _id} index serves these queries anyway.
     */
    public static final String LEASE_OWNER = "outboxLeaseOwner";

    private OutboxFields() {
    }

    public static void addTo(Document doc, List<PendingEvent> events) {
        if (!events.isEmpty()) {
            doc.put(OUTBOX, events.stream().map(PendingEvent::toDocument).toList());
        }
    }

    public static void addTo(Update update, List<PendingEvent> events) {
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.stream().map(PendingEvent::toDocument).toArray());
        }
    }
}
