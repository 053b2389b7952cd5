package vn.coop.sangtao.platform.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import vn.coop.sangtao.contracts.EventHeaders;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads this service's dead-letter topics ({@code <topic>.<group>.dlq}, where the group is the
 * service's name or the name and a suffix, e.g. {@code integrations-feed}) and replays a dead letter to its
 * original topic with its original headers. Replays are safe because consumers are idempotent.
 */
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaAdmin admin;
    private final KafkaOperations<byte[], byte[]> producer;
    private final Pattern ownTopic;

    public DeadLetters(KafkaAdmin admin, KafkaOperations<byte[], byte[]> producer, String service) {
        this.admin = admin;
        this.producer = producer;
        this.ownTopic = Pattern.compile("(.+)\\." + Pattern.quote(service) + "(-[a-z0-9]+)?\\.dlq");
    }

    public List<DeadLetter> list(Predicate<DeadLetter> visible, int limit) throws Exception {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics()) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (found.size() < limit && !reachedEnd(consumer, end)) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                        DeadLetter letter = toDeadLetter(r);
                        if (visible.test(letter) && found.size() < limit) {
                            found.add(letter);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Re-publishes one dead letter to the topic it came from; returns what was replayed. */
    public DeadLetter replay(String topic, int partition, long offset, Predicate<DeadLetter> visible)
            throws Exception {
        if (!ownTopic.matcher(topic).matches()) {
            throw ApiProblem.notFound("dead-letter", topic + "/" + partition + "/" + offset);
        }
        ConsumerRecord<byte[], byte[]> record = read(new TopicPartition(topic, partition), offset);
        DeadLetter letter = record == null ? null : toDeadLetter(record);
        if (letter == null || !visible.test(letter)) {
            throw ApiProblem.notFound("dead-letter", topic + "/" + partition + "/" + offset);
        }
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(letter.originalTopic(), record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith(KafkaHeaders.PREFIX)) {
                again.headers().add(h);
            }
        }
        producer.send(again).get(10, TimeUnit.SECONDS);
        return letter;
    }

    private ConsumerRecord<byte[], byte[]> read(TopicPartition tp, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                return null;
            }
            consumer.seek(tp, offset);
            while (consumer.position(tp) <= offset) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        return r;
                    }
                }
            }
            return null;
        }
    }

    private List<String> topics() throws ExecutionException, InterruptedException {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            return client.listTopics().names().get().stream()
                    .filter(t -> ownTopic.matcher(t).matches()).sorted().toList();
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private DeadLetter toDeadLetter(ConsumerRecord<byte[], byte[]> r) {
        String original = header(r, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original == null) {
            Matcher topic = ownTopic.matcher(r.topic());
            original = topic.matches() ? topic.group(1) : r.topic();
        }
        String payload = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
        return new DeadLetter(r.topic(), r.partition(), r.offset(), original, header(r, EventHeaders.TENANT),
                header(r, EventHeaders.ID), header(r, EventHeaders.TYPE),
                header(r, KafkaHeaders.DLT_EXCEPTION_MESSAGE), payload.length() > 2000 ? payload.substring(0, 2000) : payload);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
