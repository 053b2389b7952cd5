package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;

class WebhookDeliveryTest extends DeliveryTestBase {

    @Test
    void shouldDeliverOneSignedWebhookWhenTheEventArrivesTwice() {
        String secret = register().get("secret").asString();
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
        register();
        receiver.answerNext(500, 503);
        String eventId = UUID.randomUUID().toString();
        publish(tenant, eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> log("status=DELIVERED").size() == 1);
        assertThat(log("status=DELIVERED").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(log("status=DELIVERED").get(0).get("attemptLog").size()).isEqualTo(3);
        assertThat(receiver.received()).hasSize(3).allMatch(r -> eventId.equals(r.header("webhook-id")));
    }

    @Test
    void shouldDisableTheEndpointWhenItAnswersGone() {
        String endpointId = register().get("id").asString();
        receiver.answerAlways(410);
        publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !api().get("/api/integrations/endpoints/" + endpointId, admin(tenant)).json().get("enabled").asBoolean());
        assertThat(log("status=FAILED")).hasSize(1);
        assertThat(api().get("/api/integrations/endpoints/" + endpointId, admin(tenant)).json()
                .get("disabledReason").asString()).isEqualTo("410 Gone");
    }

    @Test
    void shouldDisableTheEndpointWhenTheScheduleIsSpent() {
        String endpointId = register().get("id").asString();
        receiver.answerAlways(500);
        publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> log("status=FAILED").size() == 1);
        assertThat(log("status=FAILED").get(0).get("attempts").asInt()).isEqualTo(4);
        JsonNode endpoint = api().get("/api/integrations/endpoints/" + endpointId, admin(tenant)).json();
        assertThat(endpoint.get("enabled").asBoolean()).isFalse();
        assertThat(endpoint.get("disabledReason").asString()).isEqualTo("retries exhausted");
        assertThat(api().get("/api/integrations/audit?aggregateId=" + endpointId, admin(tenant)).body())
                .contains("vn.coop.sangtao.webhook.endpoint.changed.v1");
    }

    @Test
    void shouldNotDeliverAnotherTenantsEventsWhenTheyArrive() {
        register();
        publish("other-" + tenant, UUID.randomUUID().toString());
        String mine = publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 1);
        assertThat(receiver.received()).hasSize(1).allMatch(r -> r.body().contains(mine));
    }

    @Test
    void shouldRefuseAnEndpointWhenItAsksForAnEventTypeThatIsNotPublic() {
        ApiClient.Response refused = api().post("/api/integrations/endpoints", admin(tenant),
                "{\"url\":\"https://erp.example.vn/hook\",\"eventTypes\":[\"vn.coop.sangtao.unit.registered.v1\"]}");
        assertThat(assertProblem(refused, 422, "invalid-endpoint").get("errors").get(0).get("field").asString())
                .isEqualTo("eventTypes[0]");
    }
}
