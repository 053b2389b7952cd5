package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.coop.sangtao.gateway.web.ProblemException;

import java.util.HashMap;
import java.util.Map;

/**
 * Spends one token of the caller's quota per routed request. Written here rather than with the
 * RequestRateLimiter route filter because that one answers 429 with an empty body, and ours must be
 * a problem answer with Retry-After. It runs before request bodies are buffered and before the
 * circuit breakers, so a refused request costs no memory and never counts as a backend failure.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    /** One quota per tenant across all services, not one per route. */
    static final String QUOTA = "gateway";

    private final RateLimiter<?> limiter;
    private final RateLimitKeyResolver keys;

    RateLimitFilter(RateLimiter<?> limiter, RateLimitKeyResolver keys) {
        this.limiter = limiter;
        this.keys = keys;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return keys.resolve(exchange)
                .flatMap(key -> limiter.isAllowed(QUOTA, key))
                .flatMap(decision -> {
                    if (decision.isAllowed()) {
                        decision.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                        return chain.filter(exchange);
                    }
                    return Mono.error(ProblemException.rateLimited(refusalHeaders(decision)));
                });
    }

    private static Map<String, String> refusalHeaders(RateLimiter.Response decision) {
        Map<String, String> headers = new HashMap<>(decision.getHeaders());
        // the Redis limiter tells neither: its bucket refills at least one token a second
        headers.putIfAbsent(HttpHeaders.RETRY_AFTER, "1");
        headers.put(InMemoryRateLimiter.REMAINING, "0");
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
