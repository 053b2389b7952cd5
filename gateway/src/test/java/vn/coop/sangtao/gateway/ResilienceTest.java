package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.coop.sangtao.gateway.support.GatewayTestBase;
import vn.coop.sangtao.gateway.support.TestBackend;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.gateway.support.ProblemAssertions.expectProblem;

class ResilienceTest extends GatewayTestBase {

    @Test
    void shouldAnswer503ProblemWhenBackendIsDownAndSucceedOnceItStarts() {
        String token = token("da-nang");
        expectProblem(http.get().uri("/api/awards/rounds").headers(h -> h.setBearerAuth(token)).exchange(),
                503, "service-unavailable")
                .jsonPath("$.instance").isEqualTo("/api/awards/rounds");
        http.get().uri("/api/awards/rounds").headers(h -> h.setBearerAuth(token)).exchange()
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");

        try (TestBackend awards = TestBackend.startOn(DOWN_PORT)) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    http.get().uri("/api/awards/rounds").headers(h -> h.setBearerAuth(token)).exchange()
                            .expectStatus().isOk());
        }
    }

    @Test
    void shouldAnswer503ProblemWhenBackendIsTooSlow() {
        SLOW.holdResponses();
        try {
            expectProblem(http.get().uri("/api/campaigns/campaigns")
                            .headers(h -> h.setBearerAuth(token("can-tho")))
                            .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9").exchange(),
                    503, "service-unavailable")
                    .jsonPath("$.title").isEqualTo("Service temporarily unavailable");
        } finally {
            SLOW.releaseResponses();
        }
    }
}
