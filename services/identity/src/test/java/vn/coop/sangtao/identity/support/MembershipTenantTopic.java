package vn.coop.sangtao.identity.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.contracts.EventHeaders;

/**
 * Plays membership on the embedded broker: publishes tenant events the way its outbox relay does
 * (CloudEvents headers, key {@code tenantId:tenantId}), checked against the published contract,
 * and watches identity's consumer group and dead-letter topic.
 */
public final class MembershipTenantTopic implements AutoCloseable {

	public static final String TOPIC = "membership.tenant.events";

	public static final String DEAD_LETTERS = TOPIC + ".identity.dlq";

	public static final String CREATED = "vn.coop.sangtao.tenant.created.v1";

	public static final String RETIRED = "vn.coop.sangtao.tenant.retired.v1";

	public static final String MERGED = "vn.coop.sangtao.tenant.merged.v1";

	private static final String GROUP = "identity";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final String brokers;

	private final KafkaProducer<String, String> producer;

	private final Admin admin;

	MembershipTenantTopic(String brokers) {
		this.brokers = brokers;
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
				new StringSerializer(), new StringSerializer());
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
	}

	public static String created(String tenantId, String name) {
		return """
				{"tenantId":"%s","name":"%s","kind":"PROVINCIAL","parentId":"vca","establishedOn":"1997-01-01",
				 "createdAt":"2026-11-29T01:00:00Z"}""".formatted(tenantId, name);
	}

	public static String retired(String tenantId) {
		return """
				{"tenantId":"%s","retiredOn":"2026-12-31","reason":"Tạo nhầm khi thử nghiệm"}""".formatted(tenantId);
	}

	public static String merged(String tenantId, String intoTenantId) {
		return """
				{"tenantId":"%s","intoTenantId":"%s","effectiveOn":"2025-07-01","moved":{"units":64,"people":310}}"""
			.formatted(tenantId, intoTenantId);
	}

	/** Publishes a new event that conforms to its contract; returns its {@code ce_id}. */
	public String publish(String type, String tenantId, String payload) {
		String eventId = UUID.randomUUID().toString();
		publish(eventId, type, tenantId, payload);
		return eventId;
	}

	/** Publishes an event with a given {@code ce_id}: the same id twice is a redelivery. */
	public void publish(String eventId, String type, String tenantId, String payload) {
		List<String> errors = ContractValidator.payloadErrors(type, payload);
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("test event breaks the " + type + " contract: " + errors);
		}
		send(eventId, type, tenantId, payload);
	}

	/** Publishes whatever it is given, for records a consumer must survive. */
	public void send(String eventId, String type, String tenantId, String payload) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
		headers.put(EventHeaders.ID, eventId);
		headers.put(EventHeaders.SOURCE, "/membership");
		headers.put(EventHeaders.TYPE, type);
		headers.put(EventHeaders.SUBJECT, tenantId);
		headers.put(EventHeaders.TIME, Instant.now().toString());
		headers.put(EventHeaders.TENANT, tenantId);
		headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
		if (!ContractValidator.headerErrors(type, headers).isEmpty()) {
			throw new IllegalArgumentException("test event headers break the contract: " + headers);
		}
		ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, tenantId + ":" + tenantId, payload);
		headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			producer.send(record).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("could not publish test event", ex);
		}
	}

	/** Waits until identity's group has committed past everything on the topic. */
	public void awaitConsumed() {
		await().atMost(PATIENCE).until(this::caughtUp);
	}

	/** Waits for the dead letter of event {@code eventId} and returns it. */
	public ConsumerRecord<String, String> awaitDeadLetter(String eventId) {
		AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG,
				"dead-letter-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(DEAD_LETTERS));
			await().atMost(PATIENCE).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					if (eventId.equals(header(record, EventHeaders.ID).orElse(null))) {
						found.set(record);
					}
				}
				return found.get() != null;
			});
		}
		return found.get();
	}

	public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return Optional.ofNullable(header).map((h) -> new String(h.value(), StandardCharsets.UTF_8));
	}

	private boolean caughtUp() throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
			.partitionsToOffsetAndMetadata()
			.get(10, TimeUnit.SECONDS);
		Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(TOPIC))
			.allTopicNames()
			.get(10, TimeUnit.SECONDS)
			.get(TOPIC)
			.partitions()
			.stream()
			.collect(Collectors.toMap((p) -> new TopicPartition(TOPIC, p.partition()), (p) -> OffsetSpec.latest()));
		Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
		return ends.entrySet().stream().allMatch((end) -> {
			OffsetAndMetadata done = committed.get(end.getKey());
			return end.getValue().offset() == 0 || (done != null && done.offset() >= end.getValue().offset());
		});
	}

	@Override
	public void close() {
		producer.close();
		admin.close();
	}

}
