package vn.coop.sangtao.awards.candidate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.RawEvents;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class CandidateApiTest {

    private static final String TYPE = "vn.coop.sangtao.initiative.submitted.v1";
    private static final String TOPIC = "initiatives.initiative.events";

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    /** A submitted event built from the published example, for a fresh tenant and year. */
    private static String submitted(String tenant, String initiativeId, int year) {
        String payload = ContractValidator.example(TYPE)
                .replace("3f0c9a7e-1b2d-4c5e-9f8a-7b6c5d4e3f21", initiativeId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"")
                .replace("\"year\": 2026", "\"year\": " + year);
        assertThat(ContractValidator.payloadErrors(TYPE, payload)).isEmpty();
        return payload;
    }

    private JsonNode candidates(String tenant, int year) {
        return new ApiClient(port).get("/api/awards/candidates?year=" + year,
                bearer(tenant, "officer", "EMULATION_OFFICER")).json();
    }

    @Test
    void shouldListTheInitiativeOnceWhenItsEventIsDeliveredTwice() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String initiativeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, eventId, TYPE, tenant, initiativeId, submitted(tenant, initiativeId, 2026));
            events.send(TOPIC, eventId, TYPE, tenant, initiativeId, submitted(tenant, initiativeId, 2026));
            events.send(TOPIC, UUID.randomUUID().toString(), TYPE, tenant, "marker",
                    submitted(tenant, "marker-" + initiativeId, 2026));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> candidates(tenant, 2026).get("total").asLong() == 2);
        JsonNode page = candidates(tenant, 2026);
        assertThat(page.get("items").toString()).contains(initiativeId, "HTX Nông nghiệp Gia Trấn");
        assertThat(candidates(tenant, 2025).get("total").asLong()).isZero();
    }

    @Test
    void shouldShowNothingWhenAnotherTenantAsks() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String initiativeId = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, UUID.randomUUID().toString(), TYPE, tenant, initiativeId,
                    submitted(tenant, initiativeId, 2027));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> candidates(tenant, 2027).get("total").asLong() == 1);
        assertThat(candidates("quang-tri", 2027).toString()).doesNotContain(initiativeId);
    }

    @Test
    void shouldAnswerProblemsWhenTheRequestIsWrong() {
        assertProblem(new ApiClient(port).get("/api/awards/candidates", bearer("ninh-binh", "o", "EMULATION_OFFICER")),
                400, "validation-failed");
        assertProblem(new ApiClient(port).get("/api/awards/candidates?year=2026", bearer("ninh-binh", "m", "MEMBER")),
                403, "forbidden");
    }
}
