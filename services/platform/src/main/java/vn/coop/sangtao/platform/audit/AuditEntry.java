package vn.coop.sangtao.platform.audit;

import org.bson.Document;

import java.time.Instant;
import java.util.Map;

/** One change of one record: the event that described it, who made it and when. */
public record AuditEntry(String eventId, String aggregateType, String aggregateId, String type, String actor,
                         Instant at, Map<String, Object> data) {

    static AuditEntry from(Document d) {
        return new AuditEntry(d.getString("_id"), d.getString("aggregateType"), d.getString("aggregateId"),
                d.getString("type"), d.getString("actor"), d.getDate("at").toInstant(),
                d.get("data", Document.class));
    }
}
