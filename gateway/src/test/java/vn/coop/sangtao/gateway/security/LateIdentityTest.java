package vn.coop.sangtao.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.coop.sangtao.gateway.support.TestBackend;
import vn.coop.sangtao.gateway.support.TestTokens;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.gateway.support.ProblemAssertions.expectProblem;

/** The gateway starts while identity is down and accepts tokens once identity is up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LateIdentityTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static final TestBackend MEMBERSHIP = TestBackend.start();
    private static final int IDENTITY_PORT = TestBackend.freePort();
    private static final String ISSUER = "http://127.0.0.1:" + IDENTITY_PORT;

    @Autowired
    private WebTestClient http;

    @DynamicPropertySource
    static void lateIdentity(DynamicPropertyRegistry registry) {
        registry.add("sangtao.identity.uri", () -> ISSUER);
        registry.add("sangtao.routes.membership", MEMBERSHIP::url);
    }

    @Test
    void shouldAnswer503WhileIdentityIsDownAndAcceptTokensOnceItStarts() {
        String token = TOKENS.token(ISSUER, "lao-cai");
        expectProblem(http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(token)).exchange(),
                503, "service-unavailable");
        http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(token)).exchange()
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5");

        try (TestBackend identity = TestBackend.startOn(IDENTITY_PORT)) {
            identity.serveJwks(TOKENS.jwks());
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(token)).exchange()
                            .expectStatus().isOk());
        }
    }
}
