package vn.coop.sangtao.platform.test;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.coop.sangtao.contracts.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends hand-made records to a topic, as another service would, including the duplicates and the
 * malformed ones that consumers must survive.
 */
public final class RawEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public RawEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    public void send(String topic, String eventId, String type, String tenant, String subject, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, tenant + ":" + subject, payload);
        add(record, EventHeaders.SPEC_VERSION, "1.0");
        add(record, EventHeaders.ID, eventId);
        add(record, EventHeaders.SOURCE, "/test");
        add(record, EventHeaders.TYPE, type);
        add(record, EventHeaders.SUBJECT, subject);
        add(record, EventHeaders.TIME, Instant.now().toString());
        add(record, EventHeaders.TENANT, tenant);
        add(record, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send test event", e);
        }
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
