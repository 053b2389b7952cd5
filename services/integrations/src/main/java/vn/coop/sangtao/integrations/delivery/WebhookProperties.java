package vn.coop.sangtao.integrations.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Delivery settings. The default retry schedule spans about three days; tests and drills compress
 * it. New deliveries leave on a hint at once; retries that came due are swept up every sweep interval. {@code threads} bounds concurrent sends in all; {@code perEndpoint} bounds them per endpoint, so
 * that a slow endpoint holds at most that many of the threads.
 */
@ConfigurationProperties("sangtao.webhooks")
public record WebhookProperties(
        @DefaultValue({"5s", "30s", "2m", "10m", "30m", "1h", "2h", "4h", "8h", "12h", "24h", "24h"})
        List<Duration> retrySchedule,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("1s") Duration sweepInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("16") int threads,
        @DefaultValue("4") int perEndpoint,
        @DefaultValue("10s") Duration breakerOpenFor) {
}
