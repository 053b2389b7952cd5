package vn.coop.sangtao.platform.messaging;

/** A record that could not be handled, as an operator sees it before replaying it. */
public record DeadLetter(String topic, int partition, long offset, String originalTopic, String tenantId,
                         String eventId, String type, String reason, String payload) {
}
