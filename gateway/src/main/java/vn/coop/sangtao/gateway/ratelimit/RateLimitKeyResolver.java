package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Whose quota a request spends: the token's tenant (all users of a cooperative alliance share it),
 * the subject for a token without tenant, and the client address when there is no token (public
 * documentation and health paths). Forwarded-for headers are ignored: clients could forge them.
 */
@Component
class RateLimitKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> keyOf(((JwtAuthenticationToken) principal).getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
    }

    static String keyOf(Jwt jwt) {
        String tenant = jwt.getClaimAsString("tenant");
        return tenant != null && !tenant.isBlank() ? "tenant:" + tenant : "subject:" + jwt.getSubject();
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
