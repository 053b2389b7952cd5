package vn.coop.sangtao.platform.outbox;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * An event waiting in an aggregate's {@code outbox} array until the relay has published it. It is
 * stored with the state change that caused it, in the same single-document write.
 */
public record PendingEvent(String eventId, String type, String topic, String key, String subject,
                           String tenantId, String source, Instant time, String actor, String traceparent,
                           String data) {

    Document toDocument() {
        return new Document("eventId", eventId).append("type", type).append("topic", topic).append("key", key)
                .append("subject", subject).append("tenantId", tenantId).append("source", source)
                .append("time", Date.from(time)).append("actor", actor).append("traceparent", traceparent)
                .append("data", data);
    }

    static PendingEvent fromDocument(Document d) {
        return new PendingEvent(d.getString("eventId"), d.getString("type"), d.getString("topic"),
                d.getString("key"), d.getString("subject"), d.getString("tenantId"), d.getString("source"),
                d.getDate("time").toInstant(), d.getString("actor"), d.getString("traceparent"),
                d.getString("data"));
    }
}
