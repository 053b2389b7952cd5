package vn.coop.sangtao.platform.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what services published to a topic, as an outside consumer would, for assertions. */
public final class EventProbe implements AutoCloseable {

    public record Received(String key, String value, Map<String, String> headers) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    public EventProbe(String bootstrapServers, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        // reading the partitions directly skips the consumer group's join, which costs seconds per probe
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            consumer.subscribe(List.of(topic));
        } else {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
    }

    /** Everything received so far, after one more short poll. */
    public List<Received> poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(r.key(), r.value(), headers));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
