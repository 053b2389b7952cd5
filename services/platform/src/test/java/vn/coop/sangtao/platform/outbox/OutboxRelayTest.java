package vn.coop.sangtao.platform.outbox;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.coop.sangtao.platform.audit.AuditTrail;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.InMemoryMongo;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The relay against a real broker that is down while the writes happen, and comes up later. */
class OutboxRelayTest {

    record Unit(String id, String tenantId, String name, long version) {
    }

    private static final String TOPIC = "test.unit.events";

    private int port;
    private MongoClient client;
    private MongoTemplate mongo;
    private OutboxRelay relay;
    private AggregateStore store;
    private EmbeddedKafkaKraftBroker broker;
    private KafkaTemplate<String, String> kafka;

    @BeforeEach
    void setUp() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionString uri = new ConnectionString(InMemoryMongo.freshDatabaseUri());
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
        relay = relayTo("localhost:" + port);
        store = new AggregateStore(mongo, relay);
    }

    /** A relay whose producer talks to {@code bootstrap}; a closed port plays a broker that is down. */
    private OutboxRelay relayTo(String bootstrap) {
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000), new StringSerializer(), new StringSerializer()));
        OutboxProperties properties = new OutboxProperties(List.of("units"), Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(3), 2);
        return new OutboxRelay(mongo, new OutboxPublisher(kafka, Duration.ofSeconds(3)), new AuditTrail(mongo),
                properties, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        relay.stop();
        kafka.destroy();
        if (broker != null) {
            broker.destroy();
        }
        client.close();
    }

    @Test
    void shouldLoseNoEventWhenTheBrokerIsDownDuringWrites() {
        relay.start();
        Set<String> written = IntStream.range(0, 5).mapToObj(i -> write("HTX số " + i)).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(new Query(), "units") == 5);
        assertThat(mongo.count(Query.query(where("outbox.0").exists(true)), "units")).isEqualTo(5);
        assertThat(mongo.count(new Query(), "audit")).isZero();

        // the instance that could not reach the broker goes away; one that can reach it takes over
        relay.stop();
        broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        broker.afterPropertiesSet();
        relay = relayTo(broker.getBrokersAsString());
        relay.start();

        try (EventProbe probe = new EventProbe(broker.getBrokersAsString(), TOPIC)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> subjects(probe).containsAll(written));
            assertThat(subjects(probe)).hasSize(5);
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.count(Query.query(where("outbox.0").exists(true)), "units") == 0);
        assertThat(mongo.count(new Query(), "audit")).isEqualTo(5);
    }

    @Test
    void shouldTakeOverADocumentWhenTheInstanceHoldingItsLeaseDied() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        broker.afterPropertiesSet();
        relay = relayTo(broker.getBrokersAsString());
        store = new AggregateStore(mongo, relay);
        String id = write("HTX Gia Trấn");
        mongo.updateFirst(Query.query(where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                .set(OutboxFields.LEASE_UNTIL, Date.from(Instant.now().minusSeconds(1)))
                .set(OutboxFields.LEASE_OWNER, "a-dead-instance"), "units");
        relay.start();
        try (EventProbe probe = new EventProbe(broker.getBrokersAsString(), TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> subjects(probe).contains(id));
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(id, Document.class, "units").getList("outbox", Document.class).isEmpty());
    }

    private String write(String name) {
        String id = UUID.randomUUID().toString();
        TenantContext.runAs("ninh-binh", () -> store.insert("units", new Unit(id, "ninh-binh", name, 0),
                List.of(new PendingEvent(UUID.randomUUID().toString(), "vn.coop.sangtao.unit.registered.v1", TOPIC,
                        "ninh-binh:" + id, id, "ninh-binh", "/test", Instant.now(), "nb.admin", null,
                        "{\"unitId\":\"" + id + "\"}"))));
        return id;
    }

    private static Set<String> subjects(EventProbe probe) {
        return probe.poll().stream().map(r -> r.headers().get("ce_subject")).collect(Collectors.toSet());
    }
}
