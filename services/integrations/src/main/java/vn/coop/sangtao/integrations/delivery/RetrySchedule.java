package vn.coop.sangtao.integrations.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: the n-th wait of the schedule, with up to 10 % jitter so that
 * endpoints that failed together are not retried in lockstep; empty once the schedule is spent.
 */
public record RetrySchedule(List<Duration> waits) {

    public Optional<Duration> afterAttempt(int attemptsMade) {
        if (attemptsMade < 1 || attemptsMade > waits.size()) {
            return Optional.empty();
        }
        Duration wait = waits.get(attemptsMade - 1);
        long jitter = wait.toMillis() / 10;
        return Optional.of(wait.plusMillis(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1)));
    }
}
