package vn.coop.sangtao.platform.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;
import vn.coop.sangtao.contracts.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends one pending event to Kafka with its CloudEvents headers and waits for the broker's ack. */
public class OutboxPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final Duration timeout;

    public OutboxPublisher(KafkaTemplate<String, String> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    public void send(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.data());
        Headers headers = record.headers();
        put(headers, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
        put(headers, EventHeaders.ID, event.eventId());
        put(headers, EventHeaders.SOURCE, event.source());
        put(headers, EventHeaders.TYPE, event.type());
        put(headers, EventHeaders.SUBJECT, event.subject());
        put(headers, EventHeaders.TIME, event.time().toString());
        put(headers, EventHeaders.TENANT, event.tenantId());
        put(headers, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        if (event.traceparent() != null) {
            put(headers, EventHeaders.TRACEPARENT, event.traceparent());
        }
        try {
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + event.type() + " " + event.eventId(), e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
