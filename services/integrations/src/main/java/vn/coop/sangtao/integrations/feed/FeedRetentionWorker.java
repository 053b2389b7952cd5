package vn.coop.sangtao.integrations.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.work.JobLocks;
import vn.coop.sangtao.platform.work.PollingLoop;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets feed events older than the retention period, every purge interval, on one instance of the
 * service at a time: the purge's lease lasts two intervals, so another instance takes over if the holder
 * stops.
 */
@Component
class FeedRetentionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedRetentionWorker.class);

    private static final String JOB = "feed-retention";

    private final PollingLoop loop;

    FeedRetentionWorker(FeedRepository feed, FeedProperties properties, JobLocks locks, Clock clock) {
        Duration lease = properties.purgeInterval().multipliedBy(2);
        this.loop = new PollingLoop(JOB, properties.purgeInterval(), Duration.ofMinutes(10),
                () -> locks.runIfHeld(JOB, lease, () -> {
                    long purged = feed.purgeBefore(clock.instant().minus(properties.retention()));
                    if (purged > 0) {
                        log.info("feed events purged count={}", purged);
                    }
                }));
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
