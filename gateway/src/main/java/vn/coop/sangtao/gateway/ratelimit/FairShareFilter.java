package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.coop.sangtao.gateway.web.ProblemException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Holds each routed call until its route's {@link FairQueue} grants it a slot, so that the tenants
 * behind a busy service take turns. It runs after the rate limit (a refused request never queues) and
 * before request bodies are buffered (a waiting request holds no body in memory).
 */
@Component
class FairShareFilter implements GlobalFilter, Ordered {

    private final FairShareProperties properties;
    private final RateLimitKeyResolver keys;
    private final Map<String, FairQueue> queues = new ConcurrentHashMap<>();

    FairShareFilter(FairShareProperties properties, RateLimitKeyResolver keys) {
        this.properties = properties;
        this.keys = keys;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        FairQueue queue = queues.computeIfAbsent(route.getId(), id -> new FairQueue(properties.slotsOf(id),
                properties.queuedPerTenant(),
                () -> ProblemException.rateLimited(Map.of(HttpHeaders.RETRY_AFTER, "1", InMemoryRateLimiter.REMAINING, "0"))));
        return keys.resolve(exchange)
                .flatMap(tenant -> queue.acquire(tenant).timeout(properties.maxWait()))
                .onErrorMap(TimeoutException.class, timeout -> ProblemException.serviceUnavailable())
                .flatMap(slot -> chain.filter(exchange).doFinally(signal -> slot.release()));
    }

    /** The route's queue, once a call has gone through it. */
    FairQueue queueOf(String routeId) {
        return queues.get(routeId);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 150;
    }
}
