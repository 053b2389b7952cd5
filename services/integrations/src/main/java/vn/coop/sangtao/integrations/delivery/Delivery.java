package vn.coop.sangtao.integrations.delivery;

import java.time.Instant;

/**
 * One event for one endpoint. Its id is {@code endpointId:eventId}, so an event redelivered by Kafka
 * never makes a second delivery; {@code eventId} is the {@code webhook-id} receivers de-duplicate on.
 */
public record Delivery(String id, String tenantId, String endpointId, String eventId, String type, String body,
                       DeliveryStatus status, int attempts, Instant nextAttemptAt, Integer lastStatus,
                       String lastError, Instant createdAt, Instant deliveredAt) {

    public static Delivery of(String tenantId, String endpointId, String eventId, String type, String body,
                              Instant now) {
        return new Delivery(endpointId + ":" + eventId, tenantId, endpointId, eventId, type, body,
                DeliveryStatus.PENDING, 0, now, null, null, now, null);
    }
}
