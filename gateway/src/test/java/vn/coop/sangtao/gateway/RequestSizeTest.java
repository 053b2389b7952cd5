package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import vn.coop.sangtao.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.gateway.support.ProblemAssertions.expectProblem;

/** The test gateway allows 64 KB bodies (see GatewayTestBase). */
class RequestSizeTest extends GatewayTestBase {

    private static final String KILOBYTE = "x".repeat(1024);

    @Test
    void shouldForwardBodyWhenItFitsTheLimit() {
        http.post().uri("/api/integrations/webhooks").headers(h -> h.setBearerAuth(token("ca-mau")))
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(KILOBYTE.repeat(32))
                .exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.lastRequestTo("/api/integrations/webhooks").header("Content-Length")).isEqualTo("32768");
    }

    @Test
    void shouldAnswer413ProblemWhenDeclaredLengthExceedsLimit() {
        expectProblem(http.post().uri("/api/integrations/webhooks/declared")
                        .headers(h -> h.setBearerAuth(token("ca-mau")))
                        .contentType(MediaType.TEXT_PLAIN)
                        .bodyValue(KILOBYTE.repeat(100))
                        .exchange(),
                413, "payload-too-large");
    }

    @Test
    void shouldAnswer413ProblemWhenChunkedBodyGrowsPastLimit() {
        Flux<String> chunks = Flux.range(0, 100).map(i -> KILOBYTE);
        expectProblem(http.post().uri("/api/integrations/webhooks/chunked")
                        .headers(h -> h.setBearerAuth(token("ca-mau")))
                        .contentType(MediaType.TEXT_PLAIN)
                        .body(BodyInserters.fromPublisher(chunks, String.class))
                        .exchange(),
                413, "payload-too-large");
        assertThat(BACKEND.requests()).noneMatch(request -> request.path().endsWith("/chunked"));
    }
}
