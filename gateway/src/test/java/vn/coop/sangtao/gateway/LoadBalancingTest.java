package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.coop.sangtao.gateway.support.TestBackend;
import vn.coop.sangtao.gateway.support.TestTokens;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Membership as two instances behind an lb:// route, as in the local cluster run: calls are spread over
 * both, and once one stops, its failed readiness check takes it out of the rotation so that every call
 * reaches the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LoadBalancingTest {

    private static final String UNITS = "/api/membership/v1/units";
    private static final TestTokens TOKENS = new TestTokens();
    private static final TestBackend IDENTITY = TestBackend.start();
    private static final TestBackend FIRST = TestBackend.start();
    private static final TestBackend SECOND = TestBackend.start();

    static {
        IDENTITY.serveJwks(TOKENS.jwks());
    }

    @Autowired
    private WebTestClient http;

    /** A context of its own: GatewayTestBase routes membership to one backend. */
    @DynamicPropertySource
    static void twoMembershipInstances(DynamicPropertyRegistry registry) {
        registry.add("sangtao.identity.uri", IDENTITY::url);
        registry.add("sangtao.routes.membership", () -> "lb://membership");
        registry.add("spring.cloud.discovery.client.simple.instances.membership[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.membership[1].uri", SECOND::url);
        registry.add("spring.cloud.loadbalancer.health-check.interval", () -> "1s");
        // calls sent to the stopped instance before its check failed may open the breaker: let it close soon
        registry.add("sangtao.gateway.circuit-breaker.wait-in-open-state", () -> "200ms");
    }

    @AfterAll
    static void stopBackends() {
        IDENTITY.close();
        FIRST.close();
        SECOND.close();
    }

    @Test
    void shouldSpreadCallsOverInstancesAndLeaveOutOneThatStopped() {
        String token = TOKENS.token(IDENTITY.url(), "ninh-binh", "EMULATION_OFFICER");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            http.get().uri(UNITS).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
            assertThat(FIRST.requestsTo(UNITS)).isPositive();
            assertThat(SECOND.requestsTo(UNITS)).isPositive();
        });

        SECOND.close();
        long reachedFirst = FIRST.requestsTo(UNITS);
        // within a check interval calls may still go to the stopped instance; after it, none does
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (int call = 0; call < 10; call++) {
                http.get().uri(UNITS).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
            }
        });
        assertThat(FIRST.requestsTo(UNITS)).isGreaterThanOrEqualTo(reachedFirst + 10);
    }
}
