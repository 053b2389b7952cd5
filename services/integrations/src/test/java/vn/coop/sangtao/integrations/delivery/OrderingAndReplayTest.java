package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrderingAndReplayTest extends DeliveryTestBase {

    @Test
    void shouldKeepAnAggregatesEventsInOrderWhenTheEndpointAsksForOrdering() {
        register(receiver.url(), true);
        receiver.answerNext(500, 500);
        String initiative = UUID.randomUUID().toString();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        ids.forEach(id -> publish(tenant, id, initiative));
        await().atMost(Duration.ofSeconds(20)).until(() -> log("status=DELIVERED").size() == 3);
        List<String> accepted = receiver.received().stream().skip(2).map(r -> r.header("webhook-id")).toList();
        assertThat(accepted).containsExactlyElementsOf(ids);
        assertThat(receiver.received().subList(0, 2)).allMatch(r -> ids.get(0).equals(r.header("webhook-id")));
    }

    @Test
    void shouldSendTheSameWebhookAgainWhenADeliveryIsReplayed() {
        register();
        String eventId = UUID.randomUUID().toString();
        publish(tenant, eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> log("status=DELIVERED").size() == 1);
        String deliveryId = log("status=DELIVERED").get(0).get("_id").asString();

        assertThat(api().post("/api/integrations/deliveries/" + deliveryId + "/replay", admin(tenant), null).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).allMatch(r -> eventId.equals(r.header("webhook-id")));
        assertThat(api().post("/api/integrations/deliveries/" + deliveryId + "/replay", admin("someone-else"), null)
                .status()).isEqualTo(404);
    }

    @Test
    void shouldReplayEveryDeliveryOfATimeRangeWhenAsked() {
        register();
        Instant from = Instant.now().minusSeconds(1);
        publish(tenant, UUID.randomUUID().toString());
        publish(tenant, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> log("status=DELIVERED").size() == 2);
        String range = "from=" + from + "&to=" + Instant.now().plusSeconds(1);
        assertThat(api().post("/api/integrations/deliveries/replay?" + range, admin(tenant), null).json()
                .get("replayed").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 4);
        assertThat(receiver.received().stream().map(r -> r.header("webhook-id")).distinct()).hasSize(2);
    }
}
