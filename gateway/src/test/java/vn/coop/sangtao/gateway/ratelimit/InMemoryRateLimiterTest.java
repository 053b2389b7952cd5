package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(new RateLimitProperties("memory", 1, 2));

    @Test
    void shouldRefuseWithRetryAfterWhenBurstIsSpent() {
        assertThat(limiter.isAllowed("gateway", "tenant:a").block().isAllowed()).isTrue();
        Response second = limiter.isAllowed("gateway", "tenant:a").block();
        Response third = limiter.isAllowed("gateway", "tenant:a").block();

        assertThat(second.isAllowed()).isTrue();
        assertThat(second.getHeaders()).containsEntry("X-RateLimit-Remaining", "0");
        assertThat(third.isAllowed()).isFalse();
        assertThat(third.getHeaders()).containsEntry("Retry-After", "1");
    }

    @Test
    void shouldKeepSeparateQuotasWhenKeysDiffer() {
        limiter.isAllowed("gateway", "tenant:a").block();
        limiter.isAllowed("gateway", "tenant:a").block();

        Response other = limiter.isAllowed("gateway", "tenant:b").block();

        assertThat(other.isAllowed()).isTrue();
        assertThat(other.getHeaders()).containsEntry("X-RateLimit-Remaining", "1");
    }
}
