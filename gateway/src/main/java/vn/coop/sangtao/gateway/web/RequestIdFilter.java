package vn.coop.sangtao.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the client's own when it is sane, otherwise a new
 * UUID. It is a WebFilter ahead of Spring Security rather than a gateway GlobalFilter so that 401s
 * and 404s, which never reach a route, carry the id as well; routed requests forward it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    static final String HEADER = "X-Request-Id";
    // attributes, because error handlers see the exchange as it was before this filter mutated it
    static final String REQUEST_ID = RequestIdFilter.class.getName() + ".requestId";
    static final String ORIGINAL_PATH = RequestIdFilter.class.getName() + ".originalPath";

    // a client id ends up in logs and other services' headers: no spaces, quotes or control chars
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange.getRequest());
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId))
                .build();
        exchange.getAttributes().put(REQUEST_ID, requestId);
        exchange.getAttributes().put(ORIGINAL_PATH, exchange.getRequest().getPath().value());
        // set at commit time so a backend's own X-Request-Id cannot replace ours
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String requestId(ServerHttpRequest request) {
        String offered = request.getHeaders().getFirst(HEADER);
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
