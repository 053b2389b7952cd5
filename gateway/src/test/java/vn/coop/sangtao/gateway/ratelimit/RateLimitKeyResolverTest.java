package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitKeyResolverTest {

    @Test
    void shouldKeyByTenantWhenTokenCarriesOne() {
        assertThat(RateLimitKeyResolver.keyOf(jwt().claim("tenant", "ha-noi").build())).isEqualTo("tenant:ha-noi");
    }

    @Test
    void shouldKeyBySubjectWhenTokenHasNoTenant() {
        assertThat(RateLimitKeyResolver.keyOf(jwt().build())).isEqualTo("subject:machine-client");
    }

    @Test
    void shouldKeyByClientAddressWhenUnauthenticated() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/awards/v3/api-docs")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 5000))
                .header("X-Forwarded-For", "1.1.1.1"));

        assertThat(new RateLimitKeyResolver().resolve(exchange).block()).isEqualTo("ip:10.1.2.3");
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("machine-client");
    }
}
