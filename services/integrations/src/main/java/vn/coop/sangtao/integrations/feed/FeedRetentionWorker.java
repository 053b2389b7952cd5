package vn.coop.sangtao.integrations.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.work.PollingLoop;

import java.time.Clock;
import java.time.Duration;

/** Forgets feed events older than the retention period, every purge interval. */
@Component
class FeedRetentionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedRetentionWorker.class);

    private final PollingLoop loop;

    FeedRetentionWorker(FeedRepository feed, FeedProperties properties, Clock clock) {
        this.loop = new PollingLoop("feed-retention", properties.purgeInterval(), Duration.ofMinutes(10), () -> {
            long purged = feed.purgeBefore(clock.instant().minus(properties.retention()));
            if (purged > 0) {
                log.info("feed events purged count={}", purged);
            }
        });
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
