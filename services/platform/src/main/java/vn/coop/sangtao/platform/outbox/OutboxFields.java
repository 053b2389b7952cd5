package vn.coop.sangtao.platform.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/** The fields an aggregate document carries for the outbox, and how a write fills them. */
public final class OutboxFields {

    public static final String OUTBOX = "outbox";
    /**
     * The first pending event: a document has work exactly when it exists. In MongoDB a partial index
     * on {@code outbox.0.eventId} (partial filter {@code outbox.0: {$exists: true}}) keeps the sweep cheap.
     */
    public static final String FIRST_PENDING = OUTBOX + ".0";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
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
