package vn.coop.sangtao.integrations.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an attempt's answer means: 2xx delivers; 410 means the endpoint is gone; anything else is
 * tried again on the schedule, or later when the endpoint asks so with Retry-After (429, 503), until
 * the schedule is spent.
 */
public record DeliveryPolicy(RetrySchedule schedule) {

    public enum Verdict { DELIVERED, RETRY, EXHAUSTED, GONE }

    public record Decision(Verdict verdict, Instant nextAttemptAt) {
    }

    /** The decision after {@code attempt}, which was attempt number {@code attemptsBefore + 1}. */
    public Decision decide(Attempt attempt, int attemptsBefore) {
        if (attempt.succeeded()) {
            return new Decision(Verdict.DELIVERED, null);
        }
        if (attempt.gone()) {
            return new Decision(Verdict.GONE, null);
        }
        Optional<Duration> wait = schedule.afterAttempt(attemptsBefore + 1);
        if (wait.isEmpty()) {
            return new Decision(Verdict.EXHAUSTED, null);
        }
        Duration delay = wait.get();
        if (attempt.retryAfterSeconds() != null) {
            Duration asked = Duration.ofSeconds(attempt.retryAfterSeconds());
            delay = asked.compareTo(delay) > 0 ? asked : delay;
        }
        return new Decision(Verdict.RETRY, attempt.at().plus(delay));
    }
}
