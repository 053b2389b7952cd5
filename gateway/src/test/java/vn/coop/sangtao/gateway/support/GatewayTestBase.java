package vn.coop.sangtao.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * The gateway on a random port in front of real HTTP backends: {@link #BACKEND} plays membership,
 * initiatives, integrations and identity's JWK set; {@link #SLOW} plays campaigns and can hang;
 * awards points at {@link #DOWN_PORT}, where nothing listens until a test starts a backend there.
 * Subclasses share one application context because they share this property source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayTestBase {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final TestBackend BACKEND = TestBackend.start();
    protected static final TestBackend SLOW = TestBackend.start();
    protected static final int DOWN_PORT = TestBackend.freePort();

    static {
        BACKEND.serveJwks(TOKENS.jwks());
    }

    @Autowired
    private WebTestClient webTestClient;

    protected WebTestClient http;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("sangtao.identity.uri", BACKEND::url);
        registry.add("sangtao.routes.membership", BACKEND::url);
        registry.add("sangtao.routes.initiatives", BACKEND::url);
        registry.add("sangtao.routes.integrations", BACKEND::url);
        registry.add("sangtao.routes.console", BACKEND::url);
        registry.add("sangtao.routes.campaigns", SLOW::url);
        registry.add("sangtao.routes.awards", () -> "http://127.0.0.1:" + DOWN_PORT);
        registry.add("sangtao.gateway.timeout", () -> "2s");
        registry.add("sangtao.gateway.max-request-size", () -> "64KB");
        registry.add("sangtao.gateway.circuit-breaker.wait-in-open-state", () -> "200ms");
    }

    @BeforeEach
    void patientClient() {
        http = webTestClient.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A token as identity would issue it for a user of {@code tenant}. */
    protected static String token(String tenant, String... roles) {
        return TOKENS.token(BACKEND.url(), tenant, roles);
    }
}
