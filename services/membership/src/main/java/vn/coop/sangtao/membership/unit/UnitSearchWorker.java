package vn.coop.sangtao.membership.unit;

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
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps this instance's unit search index current with every instance's changes. It notes where
 * the units' topic ends, loads every unit from the store, then reads the topic from that point and
 * reloads each unit an event names: an event never says less than the store, so nothing written
 * before or during the load is missed. It reads every partition itself, in no consumer group, since
 * each instance needs every event; after a restart it simply loads again. The first load happens
 * before the web server takes requests, so no search answers from an empty index.
 */
@Component
class UnitSearchWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UnitSearchWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);
    private static final String SUBJECT = "ce_subject";

    private final UnitSearchService search;
    private final KafkaAdmin admin;
    private volatile boolean running;
    private Thread thread;

    UnitSearchWorker(UnitSearchService search, KafkaAdmin admin) {
        this.search = search;
        this.admin = admin;
    }

    @Override
    public void start() {
        running = true;
        KafkaConsumer<byte[], byte[]> consumer = consumer();
        Map<TopicPartition, Long> from = endsOrNull(consumer);
        load();
        thread = new Thread(() -> follow(consumer, from), "unit-search-follower");
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

    private void load() {
        long started = System.nanoTime();
        int units = search.load();
        log.info("unit search index loaded units={} ms={}", units, (System.nanoTime() - started) / 1_000_000);
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
                    load();
                }
                read(consumer, start);
            } catch (RuntimeException e) {
                log.warn("unit search follower paused ms={} cause={}", pause, e.toString());
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
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                String id = header(record, SUBJECT);
                if (id != null) {
                    search.changed(id);
                }
            }
            if (System.nanoTime() > nextCheck) {
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

    /** Where each partition of the units' topic ends now (none before the topic exists), or null without a broker. */
    private static Map<TopicPartition, Long> endsOrNull(KafkaConsumer<byte[], byte[]> consumer) {
        try {
            return new HashMap<>(consumer.endOffsets(partitions(consumer)));
        } catch (RuntimeException e) {
            log.warn("unit search follower found no broker; loading the units all the same cause={}", e.toString());
            return null;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(UnitRegistered.TOPIC);
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
