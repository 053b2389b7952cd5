package vn.coop.sangtao.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three brokers of {@code deploy/local/run --cluster}, as separate processes: topics get three
 * replicas of which two must be in sync, and a broker killed with kill -9 loses no acknowledged record
 * while writes go on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaClusterTest {

	@TempDir
	static Path dataDir;

	private RunningSuite cluster;

	@BeforeAll
	void startBrokers() {
		this.cluster = Suite.startInfrastructure(SuiteConfig.randomPorts().withCluster().withDataDir(dataDir));
	}

	@AfterAll
	void stopBrokers() {
		this.cluster.close();
	}

	@Test
	void shouldCreateTopicsWithThreeReplicasTwoInSync() throws Exception {
		assertThat(this.cluster.running()).containsExactly("store", "kafka", "kafka-2", "kafka-3", "redis");
		String topic = "local.cluster.defaults." + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.cluster.kafkaBootstrap()))) {
			// as the services' binder does: partitions given, replication left to the brokers' default
			admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.of(3), java.util.Optional.empty())))
				.all().get(60, TimeUnit.SECONDS);
			TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
				.get(topic);
			assertThat(description.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
			assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
		}
	}

	@Test
	void shouldKeepEveryAcknowledgedRecordAndGoOnWritingWhenOneBrokerIsKilled() {
		String topic = "local.cluster.kill." + UUID.randomUUID();
		Set<String> acknowledged = new HashSet<>();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
			send(producer, topic, 0, 50, acknowledged);
			this.cluster.kill("kafka-2");
			send(producer, topic, 50, 100, acknowledged);
		}
		finally {
			this.cluster.start("kafka-2");
		}
		assertThat(acknowledged).hasSize(100);
		assertThat(consumeAll(topic, acknowledged.size())).containsExactlyInAnyOrderElementsOf(acknowledged);
	}

	private static void send(KafkaProducer<String, String> producer, String topic, int from, int to, Set<String> acknowledged) {
		for (int i = from; i < to; i++) {
			String value = "{\"n\":" + i + "}";
			try {
				producer.send(new ProducerRecord<>(topic, "ninh-binh:" + (i % 7), value)).get(60, TimeUnit.SECONDS);
				acknowledged.add(value);
			}
			catch (Exception ex) {
				throw new AssertionError("record " + i + " was refused", ex);
			}
		}
	}

	private Set<String> consumeAll(String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.cluster.kafkaBootstrap(),
				ConsumerConfig.GROUP_ID_CONFIG, "local-cluster-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		Set<String> values = new HashSet<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
				return values.size() >= expected;
			});
		}
		return values;
	}

	private Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.cluster.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG,
				"all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
	}
}
