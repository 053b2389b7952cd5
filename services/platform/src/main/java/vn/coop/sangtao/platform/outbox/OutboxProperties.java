package vn.coop.sangtao.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The outbox relay's settings: which collections hold aggregates with outboxes, how often to wake
 * when nothing signalled, how often to sweep for pending events that no hint pointed at, how long a
 * claim lasts, how far to back off while Kafka is down, and how many threads publish (each aggregate's
 * events still leave in order: one thread holds its document at a time).
 */
@ConfigurationProperties("sangtao.outbox")
public record OutboxProperties(@DefaultValue List<String> collections,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("5s") Duration sweepInterval,
                               @DefaultValue("30s") Duration lease,
                               @DefaultValue("5s") Duration maxBackOff,
                               @DefaultValue("10s") Duration sendTimeout,
                               @DefaultValue("2") int threads) {
}
