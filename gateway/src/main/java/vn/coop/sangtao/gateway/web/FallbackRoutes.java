package vn.coop.sangtao.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where every route's circuit breaker forwards when the backend fails, times out or the breaker is
 * open. Forwarding skips the security filters, so this needs no permit rule.
 */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

    static final String PATH = "/gateway/fallback";

    private static final Logger log = LoggerFactory.getLogger(FallbackRoutes.class);

    @Bean
    RouterFunction<ServerResponse> fallbackRoute() {
        return RouterFunctions.route(RequestPredicates.path(PATH), FallbackRoutes::unavailable);
    }

    private static Mono<ServerResponse> unavailable(ServerRequest request) {
        Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String original = request.exchange().getAttribute(RequestIdFilter.ORIGINAL_PATH);
        log.warn("backend unavailable path={} cause={}", original, cause == null ? "none" : cause.toString());
        return Mono.error(ProblemException.serviceUnavailable());
    }
}
