package vn.coop.sangtao.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemWriterTest {

    private final ProblemWriter writer = new ProblemWriter(messages(), JsonMapper.builder().build(),
            new StaticListableBeanFactory().getBeanProvider(io.micrometer.tracing.Tracer.class));

    @Test
    void shouldAnswerForbiddenInVietnameseByDefault() {
        Problem problem = writer.build(exchange(null), HttpStatus.FORBIDDEN, "forbidden");

        assertThat(problem.title()).isEqualTo("Không có quyền");
        assertThat(problem.type()).isEqualTo("https://sangtao.coop.vn/problems/forbidden");
        assertThat(problem.instance()).isEqualTo("/api/awards/rounds");
        assertThat(problem.traceId()).isEqualTo("req-1");
    }

    @Test
    void shouldAnswerInEnglishWhenClientPrefersEnglishAndVietnameseWhenHeaderIsGarbled() {
        assertThat(writer.build(exchange("en-GB"), HttpStatus.FORBIDDEN, "forbidden").title()).isEqualTo("Forbidden");
        assertThat(writer.build(exchange("fr, vi;q=0.5"), HttpStatus.FORBIDDEN, "forbidden").title())
                .isEqualTo("Không có quyền");
        assertThat(writer.build(exchange(";;;=="), HttpStatus.FORBIDDEN, "forbidden").title()).isEqualTo("Không có quyền");
    }

    @Test
    void shouldTranslateEveryCodeWhenBundlesAreCompared() throws IOException {
        Properties vietnamese = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
    }

    private static MockServerWebExchange exchange(String acceptLanguage) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/awards/rounds");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        exchange.getAttributes().put(RequestIdFilter.REQUEST_ID, "req-1");
        return exchange;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemWriterTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
