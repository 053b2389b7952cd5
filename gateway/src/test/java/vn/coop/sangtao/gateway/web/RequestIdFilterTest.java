package vn.coop.sangtao.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    @Test
    void shouldKeepClientIdWhenItIsSane() {
        assertThat(RequestIdFilter.requestId(MockServerHttpRequest.get("/").header("X-Request-Id", "abc-1.2:3").build()))
                .isEqualTo("abc-1.2:3");
    }

    @Test
    void shouldGenerateIdWhenClientIdIsMissingTooLongOrUnsafe() {
        assertThat(RequestIdFilter.requestId(MockServerHttpRequest.get("/").build())).hasSize(36);
        assertThat(RequestIdFilter.requestId(MockServerHttpRequest.get("/").header("X-Request-Id", "a".repeat(129)).build()))
                .hasSize(36);
        assertThat(RequestIdFilter.requestId(MockServerHttpRequest.get("/").header("X-Request-Id", "x\r\nSet-Cookie: y").build()))
                .hasSize(36);
    }
}
