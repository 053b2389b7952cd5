package vn.coop.sangtao.integrations.delivery;

import java.time.Instant;

/**
 * One event for one endpoint. Its id is {@code endpointId:eventId}, so an event redelivered by Kafka
 * never makes a second delivery; {@code eventId} is the {@code webhook-id} receivers de-duplicate on.
 * {@code subject} (the aggregate) and {@code seq} (the order in which events were received) let an
 * ordered endpoint receive one aggregate's events in order.
 */
public record Delivery(String id, String tenantId, String endpointId, String eventId, String type, String subject,
                       long seq, String body, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                       Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {

    public static Delivery of(String tenantId, String endpointId, String eventId, String type, String subject,
                              long seq, String body, Instant now) {
        return new Delivery(endpointId + ":" + eventId, tenantId, endpointId, eventId, type, subject, seq, body,
                DeliveryStatus.PENDING, 0, now, null, null, now, null);
    }
}
