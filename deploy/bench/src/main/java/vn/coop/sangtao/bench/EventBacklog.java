package vn.coop.sangtao.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The events a bulk load leaves behind on one topic (by default membership's unit events, one per
 * registered unit): the other services read them into their own models. A load is absorbed once
 * every event is on the topic and every consumer group has read it; reads are measured only then, so
 * that they do not compete with the load's tail.
 */
final class EventBacklog implements AutoCloseable {

	static final String UNITS = "membership.unit.events";

	private final Admin admin;

	private final String topic;

	EventBacklog(String bootstrap) {
		this(bootstrap, UNITS);
	}

	EventBacklog(String bootstrap, String topic) {
		this.topic = topic;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
	}

	/** How many events the topic holds. */
	long published() throws InterruptedException, ExecutionException {
		return endOffsets().values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Waits until at least {@code events} are published, or none was for a minute (some rows were
	 * refused), or {@code patience} passed.
	 */
	void awaitPublished(long events, Duration patience) throws InterruptedException, ExecutionException {
		long deadline = System.nanoTime() + patience.toNanos();
		long last = -1;
		long lastGrowth = System.nanoTime();
		for (long now = published(); now < events && System.nanoTime() < deadline; now = published()) {
			if (now != last) {
				last = now;
				lastGrowth = System.nanoTime();
			}
			else if (System.nanoTime() - lastGrowth > Duration.ofMinutes(1).toNanos()) {
				return;
			}
			Thread.sleep(500);
		}
	}

	/**
	 * Waits until at least {@code events} are published and every group that reads the topic has read
	 * them all, or {@code patience} passed; answers whether it settled.
	 */
	boolean awaitSettled(long events, Duration patience) throws InterruptedException, ExecutionException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			Map<TopicPartition, Long> ends = endOffsets();
			if (ends.values().stream().mapToLong(Long::longValue).sum() >= events && unread(ends) == 0) {
				return true;
			}
			Thread.sleep(1_000);
		}
		return false;
	}

	private long unread(Map<TopicPartition, Long> ends) throws InterruptedException, ExecutionException {
		long unread = 0;
		for (GroupListing group : this.admin.listGroups().all().get()) {
			Map<TopicPartition, OffsetAndMetadata> read = this.admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			boolean readsTopic = read.keySet().stream().anyMatch(partition -> partition.topic().equals(this.topic));
			for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
				OffsetAndMetadata offset = read.get(end.getKey());
				if (readsTopic) {
					unread += end.getValue() - (offset == null ? 0 : offset.offset());
				}
			}
		}
		return unread;
	}

	private Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException {
		List<TopicPartition> partitions;
		try {
			partitions = this.admin.describeTopics(List.of(this.topic))
				.allTopicNames()
				.get()
				.get(this.topic)
				.partitions()
				.stream()
				.map(info -> new TopicPartition(this.topic, info.partition()))
				.toList();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
				// no event was ever published: nothing to read
				return Map.of();
			}
			throw ex;
		}
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
		Map<TopicPartition, Long> ends = new HashMap<>();
		this.admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
		return ends;
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}

}
