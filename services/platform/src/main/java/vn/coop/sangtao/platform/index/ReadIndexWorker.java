package vn.coop.sangtao.platform.index;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import vn.coop.sangtao.contracts.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Keeps an in-memory index of one instance current with every instance's changes. It notes where
 * the aggregate's topic ends, has the index loaded from the store, then reads the topic from that
 * point and hands over the subject (the aggregate's id) of every event, which the index reloads: an
 * event never says less than the store, so nothing written before or during the load is missed. It
 * reads every partition itself, in no consumer group, since each instance needs every event; after a
 * restart it simply loads again. The first load happens before the web server takes requests, so no
 * search answers from an empty index.
 */
public final class ReadIndexWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadIndexWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

    private final String name;
    private final String topic;
    private final KafkaAdmin admin;
    private final IntSupplier load;
    private final Consumer<String> changed;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param name    what the logs and the follower thread call the index
     * @param topic   the topic of the aggregate's events, whose subject header is the aggregate's id
     * @param load    loads every aggregate from the store into the index; returns how many it holds
     * @param changed an event named aggregate {@code id}: read it again from the store
     */
    public ReadIndexWorker(String name, String topic, KafkaAdmin admin, IntSupplier load, Consumer<String> changed) {
        this.name = name;
        this.topic = topic;
        this.admin = admin;
        this.load = load;
        this.changed = changed;
    }

    @Override
    public void start() {
        running = true;
        KafkaConsumer<byte[], byte[]> consumer = consumer();
        Map<TopicPartition, Long> from = endsOrNull(consumer);
        timedLoad();
        thread = new Thread(() -> follow(consumer, from), name + "-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** Before the web server (and after the store and broker clients exist). */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void timedLoad() {
        long started = System.nanoTime();
        int loaded = load.getAsInt();
        log.info("read index loaded index={} entries={} ms={}", name, loaded, (System.nanoTime() - started) / 1_000_000);
    }

    /** Follows the topic from {@code from}; when the broker was not reachable then, from a fresh load. */
    private void follow(KafkaConsumer<byte[], byte[]> first, Map<TopicPartition, Long> from) {
        KafkaConsumer<byte[], byte[]> consumer = first;
        Map<TopicPartition, Long> start = from;
        long pause = 1_000;
        while (running) {
            try {
                if (start == null) {
                    start = endsOrNull(consumer);
                    if (start == null) {
                        throw new IllegalStateException("broker not reachable");
                    }
                    timedLoad();
                }
                read(consumer, start);
            } catch (RuntimeException e) {
                log.warn("read index follower paused index={} ms={} cause={}", name, pause, e.toString());
                consumer.close();
                sleep(pause);
                pause = Math.min(pause * 2, 30_000);
                consumer = consumer();
                start = null;
            }
        }
        consumer.close();
    }

    private void read(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> start) {
        Map<TopicPartition, Long> assigned = new HashMap<>(start);
        consumer.assign(assigned.keySet());
        assigned.forEach(consumer::seek);
        long nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
        while (running) {
            if (assigned.isEmpty()) {
                // the topic does not exist yet (no event so far): a consumer with nothing assigned cannot poll
                sleep(POLL.toMillis());
            } else {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    String id = header(record, EventHeaders.SUBJECT);
                    if (id != null) {
                        changed.accept(id);
                    }
                }
            }
            if (assigned.isEmpty() || System.nanoTime() > nextCheck) {
                // a topic created after the start, or given more partitions: read the new ones from their beginning
                partitions(consumer).stream().filter(p -> !assigned.containsKey(p)).forEach(p -> assigned.put(p, 0L));
                if (!consumer.assignment().equals(assigned.keySet())) {
                    consumer.assign(assigned.keySet());
                    assigned.forEach((p, offset) -> {
                        if (offset == 0L) {
                            consumer.seekToBeginning(List.of(p));
                        }
                    });
                }
                nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
            }
        }
    }

    /** Where each partition of the topic ends now (none before the topic exists), or null without a broker. */
    private Map<TopicPartition, Long> endsOrNull(KafkaConsumer<byte[], byte[]> consumer) {
        try {
            return new HashMap<>(consumer.endOffsets(partitions(consumer)));
        } catch (RuntimeException e) {
            log.warn("read index follower found no broker; loading all the same index={} cause={}", name, e.toString());
            return null;
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
