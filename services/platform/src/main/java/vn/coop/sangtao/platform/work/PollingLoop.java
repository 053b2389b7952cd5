package vn.coop.sangtao.platform.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A background worker that drains pending work: at once when signalled (a write just queued
 * something), otherwise every poll interval, and with a doubling pause up to a ceiling while the
 * drain keeps failing (a broker or store that is down). The outbox relay and webhook deliveries use it.
 */
public final class PollingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);

    private final String name;
    private final Duration pollInterval;
    private final Duration maxBackOff;
    private final Runnable drain;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public PollingLoop(String name, Duration pollInterval, Duration maxBackOff, Runnable drain) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.maxBackOff = maxBackOff;
        this.drain = drain;
    }

    /** Asks for a drain now rather than at the next poll. */
    public void signal() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        signal();
        if (thread == null) {
            return;
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration pause = pollInterval;
        while (running) {
            try {
                drain.run();
                pause = pollInterval;
            } catch (RuntimeException e) {
                pause = pause.multipliedBy(2).compareTo(maxBackOff) > 0 ? maxBackOff : pause.multipliedBy(2);
                log.warn("{} paused {} ms: {}", name, pause.toMillis(), rootCause(e));
            }
            await(pause);
        }
    }

    private void await(Duration pause) {
        try {
            if (wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
