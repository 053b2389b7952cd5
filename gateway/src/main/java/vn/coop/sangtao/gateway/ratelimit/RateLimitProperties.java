package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-tenant quota: a token bucket holding {@code burst} requests, refilled at
 * {@code requestsPerSecond}. {@code store} is {@code memory} (one gateway) or {@code redis}
 * (several gateways sharing quotas).
 */
@ConfigurationProperties("sangtao.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("memory") String store,
                           @DefaultValue("100") int requestsPerSecond,
                           @DefaultValue("200") int burst) {

    static final String STORE = "sangtao.gateway.rate-limit.store";

    RateLimitProperties {
        if (!"memory".equalsIgnoreCase(store) && !"redis".equalsIgnoreCase(store)) {
            throw new IllegalArgumentException(STORE + " must be memory or redis, was " + store);
        }
        if (requestsPerSecond < 1 || burst < requestsPerSecond) {
            throw new IllegalArgumentException("rate limit needs requests-per-second >= 1 and burst >= requests-per-second");
        }
    }
}
