package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/**
 * The integrations service with a compressed retry schedule, a fresh tenant and a recording
 * receiver per test, and helpers to register endpoints and publish initiative events.
 */
@ServiceTest
@TestPropertySource(properties = {"sangtao.webhooks.retry-schedule=100ms,100ms,100ms",
        "sangtao.webhooks.poll-interval=50ms", "sangtao.webhooks.sweep-interval=100ms",
        "sangtao.webhooks.allow-http=true",
        "sangtao.webhooks.request-timeout=1s", "sangtao.webhooks.breaker-open-for=500ms"})
abstract class DeliveryTestBase {

    static final String TYPE = "vn.coop.sangtao.initiative.submitted.v1";
    static final String TOPIC = "initiatives.initiative.events";

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    RecordingReceiver receiver;
    String tenant;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new RecordingReceiver();
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    static String admin(String tenant) {
        return bearer(tenant, "admin", "TENANT_ADMIN");
    }

    JsonNode register(String url, boolean ordered) {
        ApiClient.Response created = api().post("/api/integrations/endpoints", admin(tenant),
                "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + TYPE + "\"],\"ordered\":" + ordered + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode register() {
        return register(receiver.url(), false);
    }

    /** Publishes an initiative.submitted event as the initiatives service would; returns the initiative id. */
    String publish(String tenant, String eventId, String initiativeId) {
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, eventId, TYPE, tenant, initiativeId, payload(tenant, initiativeId));
        }
        return initiativeId;
    }

    static String payload(String tenant, String initiativeId) {
        return ContractValidator.example(TYPE).replace("3f0c9a7e-1b2d-4c5e-9f8a-7b6c5d4e3f21", initiativeId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"");
    }

    String publish(String tenant, String eventId) {
        return publish(tenant, eventId, UUID.randomUUID().toString());
    }

    List<JsonNode> log(String query) {
        JsonNode all = api().get("/api/integrations/deliveries?" + query, admin(tenant)).json();
        List<JsonNode> found = new ArrayList<>();
        all.forEach(found::add);
        return found;
    }
}
