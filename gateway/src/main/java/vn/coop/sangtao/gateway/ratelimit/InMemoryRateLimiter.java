package vn.coop.sangtao.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets (Bucket4j) per key, kept in a bounded Caffeine cache so that idle tenants and
 * one-off client addresses do not accumulate. Consuming a token is a lock-free in-memory operation,
 * safe on the event loop. Quotas are per gateway instance; use the Redis store to share them.
 */
class InMemoryRateLimiter implements RateLimiter<RateLimitProperties> {

    static final String REMAINING = "X-RateLimit-Remaining";
    static final String BURST_CAPACITY = "X-RateLimit-Burst-Capacity";
    static final String REPLENISH_RATE = "X-RateLimit-Replenish-Rate";
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final RateLimitProperties properties;
    private final Cache<String, Bucket> buckets;

    InMemoryRateLimiter(RateLimitProperties properties) {
        this.properties = properties;
        // an idle bucket refills completely within burst / rate seconds, so dropping it later loses nothing
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(100_000)
                .build();
    }

    @Override
    public Mono<Response> isAllowed(String quota, String key) {
        Bucket bucket = buckets.get(quota + ':' + key, ignored -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Map<String, String> headers = new HashMap<>();
        headers.put(REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.put(BURST_CAPACITY, Integer.toString(properties.burst()));
        headers.put(REPLENISH_RATE, Integer.toString(properties.requestsPerSecond()));
        if (!probe.isConsumed()) {
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(probe)));
        }
        return Mono.just(new Response(probe.isConsumed(), headers));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.burst())
                        .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1)))
                .build();
    }

    private static long retryAfterSeconds(ConsumptionProbe probe) {
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    @Override
    public Map<String, RateLimitProperties> getConfig() {
        return Map.of();
    }

    @Override
    public Class<RateLimitProperties> getConfigClass() {
        return RateLimitProperties.class;
    }

    @Override
    public RateLimitProperties newConfig() {
        return properties;
    }
}
