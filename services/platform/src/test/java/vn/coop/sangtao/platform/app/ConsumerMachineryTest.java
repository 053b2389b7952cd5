package vn.coop.sangtao.platform.app;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
@TestPropertySource(properties = "spring.config.name=platform-test")
class ConsumerMachineryTest {

    private static final String TOPIC = NoteController.TOPIC;
    private static final String DLQ = TOPIC + ".platform-test.dlq";
    private static final String ADMIN = bearer("vca", "admin", "PLATFORM_ADMIN");

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void repair() {
        NoteTally.BROKEN.set(false);
    }

    @Test
    void shouldChangeStateOnceWhenTheSameEventIsDeliveredTwice() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        try (RawEvents events = new RawEvents(brokers)) {
            String once = UUID.randomUUID().toString();
            events.send(TOPIC, once, NoteController.WRITTEN, tenant, "n1", "{\"noteId\":\"n1\",\"text\":\"a\"}");
            events.send(TOPIC, once, NoteController.WRITTEN, tenant, "n1", "{\"noteId\":\"n1\",\"text\":\"a\"}");
            events.send(TOPIC, UUID.randomUUID().toString(), NoteController.WRITTEN, tenant, "n2",
                    "{\"noteId\":\"n2\",\"text\":\"b\",\"addedLater\":true}");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "b".equals(field(tenant, "lastText")));
        assertThat(field(tenant, "count")).isEqualTo(2);
    }

    @Test
    void shouldDeadLetterAPoisonRecordAtOnceAndKeepConsuming() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String poison = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, poison, NoteController.WRITTEN, tenant, "n1", "not json at all");
            events.send(TOPIC, UUID.randomUUID().toString(), NoteController.WRITTEN, tenant, "n2",
                    "{\"noteId\":\"n2\",\"text\":\"after\"}");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "after".equals(field(tenant, "lastText")));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetter(poison) != null);
        assertThat(deadLetter(poison).get("topic").asString()).isEqualTo(DLQ);
        assertThat(deadLetter(poison).get("originalTopic").asString()).isEqualTo(TOPIC);
    }

    @Test
    void shouldReplayADeadLetterWhenTheCauseIsFixed() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        NoteTally.BROKEN.set(true);
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, eventId, NoteController.WRITTEN, tenant, "n1", "{\"noteId\":\"n1\",\"text\":\"late\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(eventId) != null);
        assertThat(field(tenant, "count")).isNull();

        NoteTally.BROKEN.set(false);
        JsonNode letter = deadLetter(eventId);
        ApiClient.Response replayed = new ApiClient(port).post("/api/platform-test/admin/dead-letters/"
                + letter.get("topic").asString() + "/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay", ADMIN, null);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(1).equals(field(tenant, "count")));
        assertThat(new ApiClient(port).get("/api/platform-test/admin/dead-letters",
                bearer(tenant, "other", "TENANT_ADMIN")).json().size()).isEqualTo(1);
        assertThat(new ApiClient(port).get("/api/platform-test/admin/dead-letters",
                bearer("someone-else", "x", "TENANT_ADMIN")).json().toString()).doesNotContain(eventId);
    }

    private Object field(String tenant, String name) {
        Document tally = mongo.findById(tenant, Document.class, "note_tallies");
        return tally == null ? null : tally.get(name);
    }

    private JsonNode deadLetter(String eventId) {
        JsonNode all = new ApiClient(port).get("/api/platform-test/admin/dead-letters", ADMIN).json();
        for (JsonNode letter : all) {
            if (eventId.equals(letter.path("eventId").asString(null))) {
                return letter;
            }
        }
        return null;
    }
}
