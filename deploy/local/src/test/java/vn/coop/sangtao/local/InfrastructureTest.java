package vn.coop.sangtao.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The document store and the Kafka broker as real separate processes, started through the Suite API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InfrastructureTest {

	@TempDir
	static Path dataDir;

	private RunningSuite suite;

	private final List<ProcessHandle> started = new ArrayList<>();

	@BeforeAll
	void startInfrastructure() {
		this.suite = Suite.startInfrastructure(SuiteConfig.randomPorts().withDataDir(dataDir));
		this.suite.process(Suite.STORE).ifPresent(this.started::add);
		this.suite.process(Suite.KAFKA).ifPresent(this.started::add);
	}

	@AfterAll
	void stopInfrastructure() {
		this.suite.close();
		assertThat(this.started).allSatisfy(process -> assertThat(process.isAlive()).isFalse());
		assertThat(dataDir.resolve("pids")).isEmptyDirectory();
	}

	@Test
	void shouldRunStoreAndBrokerAsSeparateProcessesWhenInfrastructureStarted() throws Exception {
		assertThat(this.suite.running()).containsExactly(Suite.STORE, Suite.KAFKA);
		for (String name : List.of(Suite.STORE, Suite.KAFKA)) {
			long pid = this.suite.pid(name).orElseThrow();
			assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
			assertThat(Files.readString(dataDir.resolve("pids/" + name + ".pid")).trim()).isEqualTo(String.valueOf(pid));
			assertThat(this.suite.logFile(name)).exists();
		}
		assertThat(Files.readString(this.suite.logFile(Suite.KAFKA))).contains(KafkaBroker.READY);
		assertThat(this.suite.kafkaBootstrap()).isEqualTo("localhost:" + this.suite.port(Suite.KAFKA));
	}

	@Test
	void shouldAnswerPingWhenStoreIsUp() {
		try (MongoClient client = MongoClients.create(this.suite.storeUri())) {
			Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
			assertThat(answer.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
		}
	}

	@Test
	void shouldKeepDocumentWhenStoreRestarted() {
		String id = UUID.randomUUID().toString();
		try (MongoClient client = MongoClients.create(this.suite.storeUri())) {
			collection(client).insertOne(new Document("_id", id).append("name", "Hợp tác xã Đồng Tâm"));
		}
		long before = this.suite.pid(Suite.STORE).orElseThrow();

		this.suite.stop(Suite.STORE);
		assertThat(this.suite.isRunning(Suite.STORE)).isFalse();
		assertThat(dataDir.resolve("pids/store.pid")).doesNotExist();
		this.suite.start(Suite.STORE);

		assertThat(this.suite.pid(Suite.STORE).orElseThrow()).isNotEqualTo(before);
		assertThat(dataDir.resolve("store/store.mv.db")).exists();
		try (MongoClient client = MongoClients.create(this.suite.storeUri())) {
			Document found = collection(client).find(new Document("_id", id)).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("name")).isEqualTo("Hợp tác xã Đồng Tâm");
		}
	}

	@Test
	void shouldKeepEveryAcknowledgedWriteWhenStoreKilled() {
		String batch = UUID.randomUUID().toString();
		try (MongoClient client = MongoClients.create(this.suite.storeUri())) {
			for (int i = 0; i < 200; i++) {
				collection(client).insertOne(new Document("batch", batch).append("n", i));
			}
			collection(client).updateOne(new Document("batch", batch).append("n", 199),
					new Document("$set", new Document("last", true)));
		}

		this.suite.kill(Suite.STORE);
		this.suite.start(Suite.STORE);

		try (MongoClient client = MongoClients.create(this.suite.storeUri())) {
			assertThat(collection(client).countDocuments(new Document("batch", batch))).isEqualTo(200);
			assertThat(collection(client).find(new Document("batch", batch).append("n", 199)).first().getBoolean("last")).isTrue();
		}
	}

	@Test
	void shouldRoundTripRecordsAndKeepThemWhenBrokerRestarted() {
		String topic = "local.roundtrip." + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
			for (int i = 0; i < 3; i++) {
				producer.send(new ProducerRecord<>(topic, "ninh-binh:" + i, "{\"n\":" + i + "}")).get(30, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new AssertionError("Could not produce to " + topic, ex);
		}
		assertThat(consumeAll(topic)).containsExactlyInAnyOrder("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");

		this.suite.restart(Suite.KAFKA);

		assertThat(consumeAll(topic)).containsExactlyInAnyOrder("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
	}

	private List<String> consumeAll(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.suite.kafkaBootstrap(),
				ConsumerConfig.GROUP_ID_CONFIG, "local-test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
				return values.size() >= 3;
			});
		}
		return values;
	}

	private Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.suite.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG,
				"all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
	}

	private static MongoCollection<Document> collection(MongoClient client) {
		return client.getDatabase("localtest").getCollection("cooperatives");
	}

}
