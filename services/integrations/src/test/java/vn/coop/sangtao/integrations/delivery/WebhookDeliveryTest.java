package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
@TestPropertySource(properties = {"sangtao.webhooks.retry-schedule=100ms,100ms,100ms",
        "sangtao.webhooks.poll-interval=50ms"})
class WebhookDeliveryTest {

    private static final String TYPE = "vn.coop.sangtao.initiative.submitted.v1";
    private static final String TOPIC = "initiatives.initiative.events";

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private RecordingReceiver receiver;
    private String tenant;

    @BeforeEach
    void start() throws IOException {
        receiver = new RecordingReceiver();
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private JsonNode register(String tenant) {
        ApiClient.Response created = new ApiClient(port).post("/api/integrations/endpoints",
                bearer(tenant, tenant + "-integration", "INTEGRATION"),
                "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"" + TYPE + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private String publish(String tenant, String eventId) {
        String initiativeId = UUID.randomUUID().toString();
        String payload = ContractValidator.example(TYPE).replace("3f0c9a7e-1b2d-4c5e-9f8a-7b6c5d4e3f21", initiativeId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"");
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, eventId, TYPE, tenant, initiativeId, payload);
        }
        return initiativeId;
    }

    @Test
    void shouldDeliverOneSignedWebhookWhenTheEventArrivesTwice() {
        String secret = register(tenant).get("secret").asString();
        String eventId = UUID.randomUUID().toString();
        String initiativeId = publish(tenant, eventId);
        publish(tenant, eventId);
        String marker = publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                receiver.received().stream().anyMatch(r -> r.body().contains(marker)));
        var deliveries = receiver.received().stream().filter(r -> eventId.equals(r.header("webhook-id"))).toList();
        assertThat(deliveries).hasSize(1);
        RecordingReceiver.Received delivery = deliveries.get(0);
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(delivery.header("webhook-signature"))
                .isEqualTo(WebhookSigner.sign(secret, eventId, timestamp, delivery.body()));
        JsonNode body = JsonMapper.builder().build().readTree(delivery.body());
        assertThat(body.get("type").asString()).isEqualTo(TYPE);
        assertThat(body.get("data").get("initiativeId").asString()).isEqualTo(initiativeId);
        assertThat(ContractValidator.payloadErrors(TYPE, body.get("data").toString())).isEmpty();
    }

    @Test
    void shouldRetryWhenTheReceiverFailsAndDeliverOnceItRecovers() {
        register(tenant);
        receiver.answerNext(500, 503);
        String eventId = UUID.randomUUID().toString();
        publish(tenant, eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> log("DELIVERED").size() == 1);
        assertThat(log("DELIVERED").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(receiver.received()).hasSize(3).allMatch(r -> eventId.equals(r.header("webhook-id")));
    }

    @Test
    void shouldDisableTheEndpointWhenItAnswersGone() {
        String endpointId = register(tenant).get("id").asString();
        receiver.answerAlways(410);
        publish(tenant, UUID.randomUUID().toString());
        String admin = bearer(tenant, "admin", "TENANT_ADMIN");
        await().atMost(Duration.ofSeconds(20)).until(() -> !new ApiClient(port)
                .get("/api/integrations/endpoints/" + endpointId, admin).json().get("enabled").asBoolean());
        assertThat(log("FAILED")).hasSize(1);
    }

    @Test
    void shouldNotDeliverAnotherTenantsEventsWhenTheyArrive() {
        register(tenant);
        publish("other-" + tenant, UUID.randomUUID().toString());
        String mine = publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 1);
        assertThat(receiver.received()).hasSize(1).allMatch(r -> r.body().contains(mine));
    }

    @Test
    void shouldRefuseAnEndpointWhenItAsksForAnEventTypeThatIsNotPublic() {
        ApiClient.Response refused = new ApiClient(port).post("/api/integrations/endpoints",
                bearer(tenant, "admin", "TENANT_ADMIN"),
                "{\"url\":\"https://erp.example.vn/hook\",\"eventTypes\":[\"vn.coop.sangtao.unit.registered.v1\"]}");
        assertThat(assertProblem(refused, 422, "event-type-not-public").get("errors").get(0).get("field").asString())
                .isEqualTo("eventTypes[0]");
    }

    private java.util.List<JsonNode> log(String status) {
        JsonNode all = new ApiClient(port).get("/api/integrations/deliveries?status=" + status,
                bearer(tenant, "admin", "TENANT_ADMIN")).json();
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        all.forEach(found::add);
        return found;
    }
}
