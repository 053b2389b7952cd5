package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.coop.sangtao.gateway.GatewayApplication;
import vn.coop.sangtao.gateway.support.TestBackend;
import vn.coop.sangtao.gateway.support.TestTokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateways sharing one real Redis (redis-server, started here on a free port) as their quota
 * store: a tenant's calls through either gateway draw on one bucket, so that running more gateways
 * does not multiply what a province may send.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRateLimitTest {

    private static final int BURST = 10;
    private static final TestTokens TOKENS = new TestTokens();

    private final TestBackend backend = TestBackend.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ConfigurableApplicationContext> gateways = new ArrayList<>();
    private Process redis;

    @BeforeAll
    void startRedisAndTwoGateways() throws IOException {
        backend.serveJwks(TOKENS.jwks());
        int redisPort = TestBackend.freePort();
        redis = new ProcessBuilder(redisServer(), "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Redis and the two gateways stay up until the test JVM exits (the gateways' own shutdown hooks close
        // them): closing a reactive application disposes Reactor Netty's global event loops a few seconds later,
        // which every other gateway context of this JVM shares, and their next calls would hang
        Process started = redis;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "shared-rate-limit-redis-stop"));
        await().atMost(Duration.ofSeconds(20)).until(() -> accepts(redisPort));
        for (int i = 0; i < 2; i++) {
            gateways.add(new SpringApplicationBuilder(GatewayApplication.class).run(
                    "--server.port=0", "--sangtao.gateway.rate-limit.store=redis",
                    "--sangtao.gateway.rate-limit.requests-per-second=1",
                    "--sangtao.gateway.rate-limit.burst=" + BURST,
                    "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort,
                    "--sangtao.identity.uri=" + backend.url(), "--sangtao.routes.membership=" + backend.url()));
        }
    }

    @Test
    void shouldDrawOneTenantsCallsThroughBothGatewaysFromOneBucket() {
        String token = TOKENS.token(backend.url(), "ninh-binh", "EMULATION_OFFICER");
        int passed = 0;
        int refusedBy = -1;
        for (int call = 0; call < 4 * BURST && refusedBy < 0; call++) {
            int status = get(call % 2, token);
            if (status == 429) {
                refusedBy = call % 2;
            } else {
                assertThat(status).isEqualTo(200);
                passed++;
            }
        }
        // one bucket of 10, refilled once a second while the calls go on; two buckets would pass about 20
        assertThat(passed).isBetween(BURST, BURST + 4);
        assertThat(refusedBy).isNotNegative();
        assertThat(get(refusedBy == 0 ? 1 : 0, token)).as("the other gateway refuses too").isEqualTo(429);
        assertThat(get(0, TOKENS.token(backend.url(), "quang-tri", "EMULATION_OFFICER"))).isEqualTo(200);
    }

    private int get(int gateway, String token) {
        int port = ((WebServerApplicationContext) gateways.get(gateway)).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/membership/units"))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError("gateway " + gateway + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** redis-server on the PATH: Debian's redis-server package, which CI installs. */
    private static String redisServer() {
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new AssertionError("redis-server is needed to prove the shared rate limit: "
                        + "install it (Debian package redis-server)"));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
