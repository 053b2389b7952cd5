package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coop.sangtao.gateway.support.GatewayTestBase;
import vn.coop.sangtao.gateway.support.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.gateway.support.ProblemAssertions.expectProblem;

class RoutingTest extends GatewayTestBase {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldForwardWithPathPreservedAndTenantHeadersDroppedWhenTokenIsValid() {
        String token = token("ha-noi", "MEMBER");
        String responseId = http.get().uri("/api/initiatives/v1/initiatives/42?page=2")
                .headers(h -> h.setBearerAuth(token))
                .header("X-Tenant-Id", "other-tenant")
                .header("X-Tenant", "other-tenant")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.backend").isEqualTo("ok")
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");

        RecordedRequest forwarded = BACKEND.lastRequestTo("/api/initiatives/v1/initiatives/42");
        assertThat(forwarded.query()).isEqualTo("page=2");
        assertThat(forwarded.hasHeader("X-Tenant-Id")).isFalse();
        assertThat(forwarded.hasHeader("X-Tenant")).isFalse();
        assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(responseId).matches(UUID_PATTERN);
        assertThat(forwarded.header("X-Request-Id")).isEqualTo(responseId);
        assertThat(forwarded.header("traceparent")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"membership", "initiatives", "integrations"})
    void shouldRouteEachServicePrefixWhenTokenIsValid(String service) {
        String path = "/api/" + service + "/ping";
        http.get().uri(path).headers(h -> h.setBearerAuth(token("hue"))).exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.lastRequestTo(path).method()).isEqualTo("GET");
    }

    @Test
    void shouldKeepClientRequestIdWhenItIsSane() {
        http.post().uri("/api/membership/units").headers(h -> h.setBearerAuth(token("hue")))
                .header("X-Request-Id", "client-id.42")
                .bodyValue("{\"name\":\"Hợp tác xã\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "client-id.42");
        assertThat(BACKEND.lastRequestTo("/api/membership/units").header("X-Request-Id")).isEqualTo("client-id.42");
    }

    @Test
    void shouldReplaceClientRequestIdWhenItIsNotSane() {
        http.get().uri("/api/membership/people").headers(h -> h.setBearerAuth(token("hue")))
                .header("X-Request-Id", "bad id\"<script>")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
    }

    @Test
    void shouldForwardConsolePagesWithoutTokenAndTellTheConsoleTheBrowsersAddress() {
        http.get().uri("/initiatives?q=say&page=2").header("Host", "sangtao.example.vn").exchange()
                .expectStatus().isOk();

        RecordedRequest forwarded = BACKEND.lastRequestTo("/initiatives");
        assertThat(forwarded.query()).isEqualTo("q=say&page=2");
        assertThat(forwarded.header("Host")).isEqualTo("sangtao.example.vn");
        assertThat(forwarded.hasHeader("Authorization")).isFalse();
    }

    @Test
    void shouldKeepRequiringATokenForTheGatewaysOwnPaths() {
        expectProblem(http.get().uri("/api/membership/units").exchange(), 401, "unauthorized");
        http.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void shouldAnswer404ProblemWhenNoRouteMatches() {
        expectProblem(http.get().uri("/api/unknown/things").headers(h -> h.setBearerAuth(token("hue"))).exchange(),
                404, "no-such-path")
                .jsonPath("$.instance").isEqualTo("/api/unknown/things")
                .jsonPath("$.title").isEqualTo("Không tìm thấy");
    }
}
