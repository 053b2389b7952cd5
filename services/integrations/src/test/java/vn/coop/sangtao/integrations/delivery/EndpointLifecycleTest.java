package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EndpointLifecycleTest extends DeliveryTestBase {

    @Test
    void shouldSignWithTheOldAndTheNewSecretWhileTheRotationGraceLasts() {
        JsonNode endpoint = register();
        String oldSecret = endpoint.get("secret").asString();
        JsonNode rotated = api().post("/api/integrations/endpoints/" + endpoint.get("id").asString()
                + "/rotate-secret?graceHours=24", admin(tenant), null).json();
        String newSecret = rotated.get("secret").asString();
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(rotated.get("previousSecretUntil").asString()).isNotBlank();

        String eventId = UUID.randomUUID().toString();
        publish(tenant, eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
        RecordingReceiver.Received delivery = receiver.received().get(0);
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(delivery.header("webhook-signature").split(" ")).containsExactly(
                WebhookSigner.sign(newSecret, eventId, timestamp, delivery.body()),
                WebhookSigner.sign(oldSecret, eventId, timestamp, delivery.body()));
        assertThat(api().get("/api/integrations/endpoints/" + endpoint.get("id").asString(), admin(tenant)).body())
                .doesNotContain(newSecret).doesNotContain(oldSecret);
    }

    @Test
    void shouldAnswerWhatTheEndpointRepliedWhenATestIsSent() {
        String id = register().get("id").asString();
        receiver.answerNext(202);
        JsonNode attempt = api().post("/api/integrations/endpoints/" + id + "/test", admin(tenant), null).json();
        assertThat(attempt.get("status").asInt()).isEqualTo(202);
        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().get(0).header("webhook-id")).startsWith("test_");
        assertThat(receiver.received().get(0).body()).contains("vn.coop.sangtao.webhook.test.v1");
    }

    @Test
    void shouldHoldDeliveriesWhileSwitchedOffAndSendNewOnesWhenOnAgain() {
        String id = register().get("id").asString();
        JsonNode off = api().send("PATCH", "/api/integrations/endpoints/" + id, admin(tenant),
                "{\"enabled\":false,\"description\":\"Tạm dừng để bảo trì\"}").json();
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(off.get("description").asString()).isEqualTo("Tạm dừng để bảo trì");
        publish(tenant, UUID.randomUUID().toString());
        api().send("PATCH", "/api/integrations/endpoints/" + id, admin(tenant), "{\"enabled\":true}");
        String after = publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).body()).contains(after);
    }
}
