package vn.coop.sangtao.integrations.delivery;

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
import java.util.Optional;

/**
 * Sends due deliveries: 2xx delivers, 410 disables the endpoint, anything else is retried on the
 * schedule (later still when the endpoint asks with Retry-After) until the schedule is spent.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    /** How long to pause at most while the document store keeps failing. */
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(5);

    private final DeliveryRepository deliveries;
    private final EndpointService endpoints;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final WebhookSender sender;
    private final Clock clock;
    private final PollingLoop loop;

    DeliveryWorker(DeliveryRepository deliveries, EndpointService endpoints, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.retrySchedule());
        this.sender = new WebhookSender(properties.connectTimeout(), properties.requestTimeout(), clock);
        this.clock = clock;
        this.loop = new PollingLoop("webhook-deliveries", properties.pollInterval(), MAX_BACK_OFF, this::sendDue);
    }

    /** Called when deliveries were queued, so they leave at once rather than at the next poll. */
    public void signal() {
        loop.signal();
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

    /** Sends every delivery that is due, each in its tenant's context. */
    private void sendDue() {
        Delivery due;
        while (loop.isRunning() && (due = deliveries.claimDue(clock.instant(), clock.instant().plus(properties.lease()))) != null) {
            Delivery claimed = due;
            TenantContext.runAs(claimed.tenantId(), () -> deliver(claimed));
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
