package vn.coop.sangtao.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Bounded retries of a failing record before it is dead-lettered. */
@ConfigurationProperties("sangtao.consumer.retry")
public record ConsumerRetryProperties(@DefaultValue("3") int maxAttempts,
                                      @DefaultValue("200ms") Duration initialInterval,
                                      @DefaultValue("2.0") double multiplier,
                                      @DefaultValue("2s") Duration maxInterval) {
}
