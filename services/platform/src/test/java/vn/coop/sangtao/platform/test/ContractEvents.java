package vn.coop.sangtao.platform.test;

import vn.coop.sangtao.contracts.ContractValidator;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in tests, held to their contracts: what a test sends as another service would must be a
 * valid payload, and what a service publishes must match its schema and carry the CloudEvents headers.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** Sends one checked event; sending it again with the same {@code eventId} is what a redelivery looks like. */
    public static void send(String brokers, String topic, String eventId, String type, String tenant, String subject,
                            String payload) {
        assertThat(ContractValidator.payloadErrors(type, payload)).as(payload).isEmpty();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(topic, eventId, type, tenant, subject, payload);
        }
    }

    /** Waits for the event of {@code type} about {@code subject} on {@code topic}, and checks it against its contract. */
    public static EventProbe.Received await(String brokers, String topic, String subject, String type) {
        try (EventProbe probe = new EventProbe(brokers, topic)) {
            EventProbe.Received[] found = new EventProbe.Received[1];
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                probe.poll().stream().filter(r -> subject.equals(r.headers().get("ce_subject"))
                        && type.equals(r.headers().get("ce_type"))).findFirst().ifPresent(r -> found[0] = r);
                return found[0] != null;
            });
            assertThat(ContractValidator.payloadErrors(type, found[0].value())).as(found[0].value()).isEmpty();
            assertThat(ContractValidator.headerErrors(type, found[0].headers())).isEmpty();
            return found[0];
        }
    }
}
