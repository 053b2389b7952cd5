package vn.coop.sangtao.awards.review;

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
class ClosedReviewApiTest {

    private static final String TYPE = "vn.coop.sangtao.review.closed.v1";
    private static final String TOPIC = "campaigns.review.events";
    private static final String EXAMPLE_REVIEW = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";
    private static final String LEADER = "9b2f4c1e-5d7a-4e0b-8c3f-2a1d6e9f0b11";

    @LocalServerPort
    int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    /** A review.closed event built from the published example, for a fresh tenant and review. */
    private static String closed(String tenant, String reviewId) {
        String payload = ContractValidator.example(TYPE).replace(EXAMPLE_REVIEW, reviewId)
                .replace("\"ninh-binh\"", "\"" + tenant + "\"");
        assertThat(ContractValidator.payloadErrors(TYPE, payload)).isEmpty();
        return payload;
    }

    private static String officer(String tenant) {
        return bearer(tenant, "officer", "EMULATION_OFFICER");
    }

    private ApiClient.Response review(String tenant, String reviewId) {
        return new ApiClient(port).get("/api/awards/reviews/" + reviewId, officer(tenant));
    }

    private JsonNode reviews(String tenant) {
        return new ApiClient(port).get("/api/awards/reviews", officer(tenant)).json();
    }

    @Test
    void shouldKeepTheReviewOnceWithItsBlockLeaderWhenItsEventIsDeliveredTwice() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String reviewId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, eventId, TYPE, tenant, reviewId, closed(tenant, reviewId));
            await().atMost(Duration.ofSeconds(20)).until(() -> review(tenant, reviewId).status() == 200);
            events.send(TOPIC, eventId, TYPE, tenant, reviewId, closed(tenant, reviewId));
            String marker = UUID.randomUUID().toString();
            events.send(TOPIC, UUID.randomUUID().toString(), TYPE, tenant, marker, closed(tenant, marker));
            await().atMost(Duration.ofSeconds(20)).until(() -> review(tenant, marker).status() == 200);
        }
        assertThat(reviews(tenant).get("total").asLong()).isEqualTo(2);
        JsonNode review = review(tenant, reviewId).json();
        assertThat(review.get("kind").asString()).isEqualTo("YEAR_END");
        assertThat(review.get("campaignCode").asString()).isEqualTo("NB-DKST-2026");
        assertThat(review.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(review.get("results")).hasSize(2);
        assertThat(review.get("notAssessed")).hasSize(1);
        JsonNode candidates = review.get("flagCandidates");
        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).get("unitId").asString()).isEqualTo(LEADER);
        assertThat(candidates.get(0).get("unitName").asString()).isEqualTo("HTX Nông nghiệp Gia Trấn");
        assertThat(candidates.get(0).get("blockName").asString()).isEqualTo("Khối HTX nông nghiệp số 1");
        assertThat(candidates.get(0).get("total").asDouble()).isEqualTo(85.0);
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherTenantAsksForTheReview() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String reviewId = UUID.randomUUID().toString();
        try (RawEvents events = new RawEvents(brokers)) {
            events.send(TOPIC, UUID.randomUUID().toString(), TYPE, tenant, reviewId, closed(tenant, reviewId));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> review(tenant, reviewId).status() == 200);
        assertProblem(review("quang-tri", reviewId), 404, "not-found");
        assertThat(reviews("quang-tri").toString()).doesNotContain(reviewId);
        JsonNode listed = reviews(tenant).get("items").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(reviewId);
        assertThat(listed.has("results")).isFalse();
        assertThat(listed.get("flagCandidates")).hasSize(1);
    }

    @Test
    void shouldRefuseWhenTheCallerIsNotStaff() {
        assertProblem(new ApiClient(port).get("/api/awards/reviews", bearer("ninh-binh", "m", "MEMBER")),
                403, "forbidden");
        assertProblem(new ApiClient(port).get("/api/awards/reviews?year=1900", officer("ninh-binh")),
                400, "validation-failed");
    }
}
