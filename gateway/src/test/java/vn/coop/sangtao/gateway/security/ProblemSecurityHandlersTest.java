package vn.coop.sangtao.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.gateway.web.ProblemWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemSecurityHandlersTest {

    private final ProblemWriter writer = new ProblemWriter(messages(), JsonMapper.builder().build(),
            new StaticListableBeanFactory().getBeanProvider(io.micrometer.tracing.Tracer.class));

    @Test
    void shouldAnswer403ProblemWhenAccessIsDenied() {
        MockServerWebExchange exchange = exchange("en");

        new ProblemAccessDeniedHandler(writer).handle(exchange, new AccessDeniedException("no")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"code\":\"forbidden\"", "\"title\":\"Forbidden\"", "\"status\":403");
    }

    @Test
    void shouldChallengeWithInvalidTokenWhenTokenIsRejected() {
        MockServerWebExchange exchange = exchange("vi");

        new ProblemAuthenticationEntryPoint(writer).commence(exchange, new InvalidBearerTokenException("expired")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"unauthorized\"")
                .doesNotContain("expired");
    }

    private static MockServerWebExchange exchange(String language) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/awards/decisions")
                .header("Accept-Language", language));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
