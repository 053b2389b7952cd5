package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import vn.coop.sangtao.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class DocsAndActuatorTest extends GatewayTestBase {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldRouteServiceApiDocsWithoutToken() {
        http.get().uri("/api/membership/v3/api-docs").exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.lastRequestTo("/api/membership/v3/api-docs").hasHeader("Authorization")).isFalse();
    }

    @Test
    void shouldListEveryServiceDocumentInSwaggerConfigWithoutToken() {
        String config = http.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(config).contains("/api/membership/v3/api-docs", "/api/campaigns/v3/api-docs",
                "/api/initiatives/v3/api-docs", "/api/awards/v3/api-docs", "/api/integrations/v3/api-docs");
    }

    @Test
    void shouldServeSwaggerUiWithoutToken() {
        http.get().uri("/swagger-ui.html").exchange()
                .expectStatus().value(status -> assertThat(status).isBetween(200, 399));
    }

    @Test
    void shouldReportHealthAndProbesUpWithoutToken() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void shouldExposePrometheusMetricsWithoutToken() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk();
    }

    @Test
    void shouldUseInMemoryLimiterWithoutRedisClientWhenStoreIsMemory() {
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBean(RateLimiter.class).getClass().getSimpleName()).isEqualTo("InMemoryRateLimiter");
    }
}
