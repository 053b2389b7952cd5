package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.test.RawEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

class EventFeedTest extends DeliveryTestBase {

    private static final int EVENTS = 25;

    private String integration(String tenant) {
        return bearer(tenant, tenant + "-integration", "INTEGRATION");
    }

    @Test
    void shouldPageThroughEveryEventOnceAndInOrderWhenReadingByCursor() {
        List<String> published = new ArrayList<>();
        String duplicate = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            for (int i = 0; i < EVENTS; i++) {
                String initiativeId = UUID.randomUUID().toString();
                String eventId = i == 3 ? duplicate : UUID.randomUUID().toString();
                events.send(TOPIC, eventId, TYPE, tenant, initiativeId, payload(tenant, initiativeId));
                published.add(initiativeId);
            }
            events.send(TOPIC, duplicate, TYPE, tenant, published.get(3), payload(tenant, published.get(3)));
            String other = UUID.randomUUID().toString();
            events.send(TOPIC, UUID.randomUUID().toString(), TYPE, "other-" + tenant, other, payload("other-" + tenant, other));
            events.send(TOPIC, UUID.randomUUID().toString(), "vn.coop.sangtao.initiative.ballot-cast.v1", tenant,
                    published.get(0), "{\"initiativeId\":\"" + published.get(0) + "\",\"score\":8}");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> readAll(10).size() >= EVENTS);

        List<JsonNode> read = readAll(10);
        assertThat(read).hasSize(EVENTS);
        // the feed keeps arrival order; events of different initiatives may arrive on different partitions
        assertThat(read.stream().map(e -> e.get("data").get("initiativeId").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(read.stream().map(e -> e.get("cursor").asLong()).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(read).allMatch(e -> TYPE.equals(e.get("type").asString()) && e.has("id") && e.has("timestamp"));
        assertThat(api().get("/api/integrations/events?types=vn.coop.sangtao.unit.registered.v1", integration(tenant))
                .json().get("events").size()).isZero();
    }

    @Test
    void shouldAnswerTheSameCursorWhenNothingNewHasArrived() {
        JsonNode page = api().get("/api/integrations/events?after=41", integration(tenant)).json();
        assertThat(page.get("events").size()).isZero();
        assertThat(page.get("next").asLong()).isEqualTo(41);
        assertThat(api().get("/api/integrations/events", bearer(tenant, "m", "MEMBER")).status()).isEqualTo(403);
    }

    @Test
    void shouldServeTheAsyncApiDocumentAndItsSchemasWithoutAToken() {
        var document = api().get("/api/integrations/asyncapi/asyncapi.yaml", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("asyncapi: 3.0.0", "./schemas/" + TYPE + ".json");
        assertThat(api().get("/api/integrations/asyncapi/schemas/" + TYPE + ".json", null).json()
                .get("required").toString()).contains("initiativeId");
        assertThat(api().get("/api/integrations/asyncapi/schemas/vn.coop.sangtao.unit.registered.v1.json", null)
                .status()).isEqualTo(404);
    }

    private List<JsonNode> readAll(int pageSize) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api().get("/api/integrations/events?limit=" + pageSize + "&after=" + after,
                    integration(tenant)).json();
            page.get("events").forEach(all::add);
            if (page.get("events").isEmpty()) {
                return all;
            }
            after = page.get("next").asLong();
        }
    }
}
