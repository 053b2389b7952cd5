package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the quota store. Both beans are {@code @Primary} in their mode so that a RateLimiter
 * contributed by Spring Cloud Gateway's own auto-configuration can never make injection ambiguous.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfig {

    @Bean
    @Primary
    @ConditionalOnProperty(name = RateLimitProperties.STORE, havingValue = "memory", matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        return new InMemoryRateLimiter(properties);
    }

    /** Redis client, template and script come from Boot's and the gateway's Redis auto-configuration. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = RateLimitProperties.STORE, havingValue = "redis")
    RedisRateLimiter sharedRedisRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.requestsPerSecond(), properties.burst());
    }
}
