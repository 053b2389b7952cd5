package vn.coop.sangtao.gateway.web;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * Drops every client-sent tenant header ({@code X-Tenant-Id}, {@code X-Tenant}, and any other
 * {@code X-Tenant*}) before a request is routed: the tenant comes from the signed token only, and a
 * service that trusted such a header by mistake must never see a forged one.
 */
@Component
class TenantHeaderFilter implements GlobalFilter, Ordered {

    private static final String PREFIX = "x-tenant";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> forged = tenantHeaders(exchange.getRequest().getHeaders());
        if (forged.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> forged.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    static List<String> tenantHeaders(HttpHeaders headers) {
        return headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX))
                .toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
