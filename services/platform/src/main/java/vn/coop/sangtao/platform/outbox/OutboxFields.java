package vn.coop.sangtao.platform.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/** The fields an aggregate document carries for the outbox, and how a write fills them. */
public final class OutboxFields {

    public static final String OUTBOX = "outbox";
    /** Set while the outbox may hold events, so the relay finds work with an indexed query. */
    public static final String PENDING = "outboxPending";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
    public static final String LEASE_OWNER = "outboxLeaseOwner";

    private OutboxFields() {
    }

    public static void addTo(Document doc, List<PendingEvent> events) {
        if (!events.isEmpty()) {
            doc.put(OUTBOX, events.stream().map(PendingEvent::toDocument).toList());
            doc.put(PENDING, true);
        }
    }

    public static void addTo(Update update, List<PendingEvent> events) {
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.stream().map(PendingEvent::toDocument).toArray());
            update.set(PENDING, true);
        }
    }
}
