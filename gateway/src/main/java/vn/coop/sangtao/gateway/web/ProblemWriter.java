package vn.coop.sangtao.gateway.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@code application/problem+json} answer straight to the response. Used by the error
 * handler and by the security handlers, which run before any controller could render a body.
 */
@Component
public class ProblemWriter {

    static final String TYPE_BASE = "https://sangtao.coop.vn/problems/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<Tracer> tracer;

    public ProblemWriter(MessageSource messages, JsonMapper json, ObjectProvider<Tracer> tracer) {
        this.messages = messages;
        this.json = json;
        this.tracer = tracer;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code,
                            Map<String, String> headers) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Problem problem = build(exchange, status, code);
        response.setStatusCode(status);
        HttpHeaders responseHeaders = response.getHeaders();
        responseHeaders.remove(HttpHeaders.CONTENT_LENGTH);
        responseHeaders.remove(HttpHeaders.CONTENT_ENCODING);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.forEach(responseHeaders::set);
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    Problem build(ServerWebExchange exchange, HttpStatusCode status, String code) {
        Locale locale = ProblemLocales.resolve(exchange);
        String title = messages.getMessage("problem." + code + ".title", null, reason(status), locale);
        String detail = messages.getMessage("problem." + code + ".detail", null, title, locale);
        return new Problem(TYPE_BASE + code, title, status.value(), detail, instance(exchange), code,
                traceId(exchange));
    }

    /** The path the client asked for, even when a fallback has since rewritten the request. */
    private static String instance(ServerWebExchange exchange) {
        String original = exchange.getAttribute(RequestIdFilter.ORIGINAL_PATH);
        return original != null ? original : exchange.getRequest().getPath().value();
    }

    private String traceId(ServerWebExchange exchange) {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span != null) {
            return span.context().traceId();
        }
        String requestId = exchange.getAttribute(RequestIdFilter.REQUEST_ID);
        return requestId != null ? requestId : exchange.getRequest().getId();
    }

    private static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }
}
