package vn.coop.sangtao.integrations.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.integrations.endpoint.EndpointService;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends due deliveries: 2xx delivers, 410 disables the endpoint, anything else is retried on the
 * schedule (later still when the endpoint asks with Retry-After) until the schedule is spent.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final EndpointService endpoints;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final WebhookSender sender;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    DeliveryWorker(DeliveryRepository deliveries, EndpointService endpoints, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.retrySchedule());
        this.sender = new WebhookSender(properties.connectTimeout(), properties.requestTimeout(), clock);
        this.clock = clock;
    }

    /** Called when deliveries were queued, so they leave at once rather than at the next poll. */
    public void signal() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "webhook-deliveries");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        signal();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                Delivery due;
                while (running && (due = deliveries.claimDue(clock.instant(), clock.instant().plus(properties.lease()))) != null) {
                    Delivery claimed = due;
                    TenantContext.runAs(claimed.tenantId(), () -> deliver(claimed));
                }
            } catch (RuntimeException e) {
                log.warn("webhook deliveries paused: {}", e.getMessage());
            }
            try {
                if (wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void deliver(Delivery delivery) {
        WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
        if (!endpoint.enabled()) {
            Instant now = clock.instant();
            deliveries.recordAttempt(delivery.id(), new Attempt(now, null, "endpoint disabled", 0, null, null),
                    DeliveryStatus.FAILED, null);
            return;
        }
        Attempt attempt = sender.send(endpoint.url(), endpoint.secret(), delivery.eventId(), delivery.body());
        if (attempt.succeeded()) {
            deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.DELIVERED, null);
        } else if (attempt.gone()) {
            deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.FAILED, null);
            endpoints.disable(endpoint.id(), "410 Gone");
            log.info("webhook endpoint disabled id={} tenant={} reason=gone", endpoint.id(), endpoint.tenantId());
        } else {
            retryOrGiveUp(delivery, attempt);
        }
    }

    private void retryOrGiveUp(Delivery delivery, Attempt attempt) {
        Optional<Duration> wait = schedule.afterAttempt(delivery.attempts() + 1);
        if (wait.isEmpty()) {
            deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.FAILED, null);
            log.warn("webhook delivery failed for good id={} tenant={}", delivery.id(), delivery.tenantId());
            return;
        }
        Duration delay = wait.get();
        if (attempt.retryAfterSeconds() != null && Duration.ofSeconds(attempt.retryAfterSeconds()).compareTo(delay) > 0) {
            delay = Duration.ofSeconds(attempt.retryAfterSeconds());
        }
        deliveries.recordAttempt(delivery.id(), attempt, DeliveryStatus.PENDING, attempt.at().plus(delay));
    }
}
