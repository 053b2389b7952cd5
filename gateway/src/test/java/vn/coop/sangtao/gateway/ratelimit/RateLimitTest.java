package vn.coop.sangtao.gateway.ratelimit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.coop.sangtao.gateway.support.GatewayTestBase;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = {
    "sangtao.gateway.rate-limit.requests-per-second=1",
    "sangtao.gateway.rate-limit.burst=3"
})
class RateLimitTest extends GatewayTestBase {

    @Test
    void shouldAnswer429ProblemWhenTenantExceedsQuotaWhileAnotherTenantPasses() {
        String busy = token("hai-phong");
        // a bucket of 3 refilled once a second cannot absorb 20 back-to-back requests; the refusal
        // itself is asserted, since a later request could meet a token refilled meanwhile
        EntityExchangeResult<String> refused = Stream.generate(() -> get(busy))
                .limit(20)
                .filter(result -> result.getStatus().value() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("20 requests of one tenant were never limited"));

        HttpHeaders headers = refused.getResponseHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(headers.getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
        assertThat(headers.getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        String body = refused.getResponseBody();
        assertThat(JsonPath.<String>read(body, "$.code")).isEqualTo("rate-limited");
        assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(429);
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Quá nhiều yêu cầu");
        assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("https://sangtao.coop.vn/problems/rate-limited");
        assertThat(JsonPath.<String>read(body, "$.instance")).isEqualTo("/api/membership/units");

        http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(token("quang-ninh"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "2");
    }

    private EntityExchangeResult<String> get(String token) {
        return http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(token)).exchange()
                .expectBody(String.class).returnResult();
    }
}
