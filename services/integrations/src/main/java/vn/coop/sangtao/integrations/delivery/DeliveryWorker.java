package vn.coop.sangtao.integrations.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.integrations.endpoint.EndpointService;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.work.PollingLoop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends due deliveries on a bounded pool of threads. Each endpoint has its own bulkhead and circuit
 * breaker (see {@link EndpointGuards}); a delivery that finds them closed is postponed without
 * counting an attempt. An ordered endpoint gets an aggregate's next event only after the previous
 * one has left the queue.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(5);
    private static final Duration BUSY_RETRY = Duration.ofMillis(100);

    private final DeliveryRepository deliveries;
    private final EndpointService endpoints;
    private final WebhookProperties properties;
    private final DeliveryPolicy policy;
    private final WebhookSender sender;
    private final EndpointGuards guards;
    private final Clock clock;
    private final Semaphore freeThreads;
    private final ExecutorService pool;
    private final PollingLoop loop;
    private final Queue<String> hints = new ConcurrentLinkedQueue<>();
    private volatile Instant nextSweep = Instant.MIN;

    DeliveryWorker(DeliveryRepository deliveries, EndpointService endpoints, WebhookProperties properties,
                   WebhookSender sender, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.properties = properties;
        this.policy = new DeliveryPolicy(new RetrySchedule(properties.retrySchedule()));
        this.sender = sender;
        this.guards = new EndpointGuards(properties.perEndpoint(), properties.breakerOpenFor());
        this.clock = clock;
        this.freeThreads = new Semaphore(properties.threads());
        this.pool = Executors.newFixedThreadPool(properties.threads(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new PollingLoop("webhook-deliveries", properties.pollInterval(), MAX_BACK_OFF, this::dispatchDue);
    }

    /** Called when a delivery was queued, so it leaves at once, claimed by id rather than searched for. */
    public void signal(String deliveryId) {
        hints.add(deliveryId);
        loop.signal();
    }

    /** Asks for a sweep now, e.g. after a replay made many deliveries due. */
    public void sweepNow() {
        nextSweep = Instant.MIN;
        loop.signal();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * Hands due deliveries to free sending threads: first the hinted new ones, then, when a sweep is
     * due, everything else that came due (retries, other instances' deliveries).
     */
    private void dispatchDue() {
        String hinted;
        while (loop.isRunning() && (hinted = hints.peek()) != null && acquireThread()) {
            hints.poll();
            Instant now = clock.instant();
            dispatch(deliveries.claim(hinted, now, now.plus(properties.lease())));
        }
        if (clock.instant().isBefore(nextSweep)) {
            return;
        }
        nextSweep = clock.instant().plus(properties.sweepInterval());
        while (loop.isRunning() && acquireThread()) {
            Instant now = clock.instant();
            if (!dispatch(deliveries.claimDue(now, now.plus(properties.lease())))) {
                return;
            }
        }
    }

    /** Sends a claimed delivery on a pool thread; false (and the thread slot back) when nothing was claimed. */
    private boolean dispatch(Delivery due) {
        if (due == null) {
            freeThreads.release();
            return false;
        }
        pool.execute(() -> {
            try {
                TenantContext.runAs(due.tenantId(), () -> attempt(due));
            } catch (RuntimeException e) {
                log.warn("webhook delivery {} left for a later attempt: {}", due.id(), e.getMessage());
            } finally {
                freeThreads.release();
            }
        });
        return true;
    }

    private boolean acquireThread() {
        try {
            return freeThreads.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void attempt(Delivery delivery) {
        WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
        if (!endpoint.enabled()) {
            deliveries.recordAttempt(delivery.id(), new Attempt(clock.instant(), null, "endpoint disabled", 0, null, null),
                    DeliveryStatus.FAILED, null);
            return;
        }
        if (endpoint.ordered() && deliveries.hasEarlierPending(delivery)) {
            deliveries.postpone(delivery.id(), clock.instant().plus(BUSY_RETRY));
            return;
        }
        CircuitBreaker breaker = guards.breaker(endpoint.id());
        if (!breaker.tryAcquirePermission()) {
            deliveries.postponeEndpoint(endpoint.id(), clock.instant().plus(properties.breakerOpenFor()));
            return;
        }
        Bulkhead bulkhead = guards.bulkhead(endpoint.id());
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            deliveries.postpone(delivery.id(), clock.instant().plus(BUSY_RETRY));
            return;
        }
        Attempt attempt;
        try {
            attempt = sender.send(endpoint.url(), endpoint.signingSecrets(clock.instant()), delivery.eventId(),
                    delivery.body());
        } finally {
            bulkhead.onComplete();
        }
        if (attempt.succeeded()) {
            breaker.onSuccess(attempt.latencyMillis(), TimeUnit.MILLISECONDS);
        } else {
            breaker.onError(attempt.latencyMillis(), TimeUnit.MILLISECONDS, new IllegalStateException(attempt.describe()));
        }
        record(delivery, endpoint, attempt);
    }

    private void record(Delivery delivery, WebhookEndpoint endpoint, Attempt attempt) {
        DeliveryPolicy.Decision decision = policy.decide(attempt, delivery.attempts());
        switch (decision.verdict()) {
            case DELIVERED -> deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.DELIVERED, null);
            case RETRY -> deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.PENDING,
                    decision.nextAttemptAt());
            case GONE -> {
                deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.FAILED, null);
                endpoints.switchOn(endpoint.id(), false, "410 Gone");
                log.info("webhook endpoint disabled id={} tenant={} reason=gone", endpoint.id(), endpoint.tenantId());
            }
            case EXHAUSTED -> {
                deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.FAILED, null);
                endpoints.switchOn(endpoint.id(), false, "retries exhausted");
                log.warn("webhook endpoint disabled id={} tenant={} reason=retries-exhausted", endpoint.id(),
                        endpoint.tenantId());
            }
        }
    }
}
