package vn.coop.sangtao.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.util.UUID;

/**
 * Wraps a domain event payload into a {@link PendingEvent}: a fresh id that stays the same on every
 * re-send, the current tenant and actor, the aggregate key, and the trace the write belongs to.
 */
public class EventFactory {

    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<Tracer> tracer;
    private final String source;

    public EventFactory(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer, String serviceName) {
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
        this.source = "/" + serviceName;
    }

    public PendingEvent pending(String type, String topic, String aggregateId, Object payload) {
        String tenant = TenantContext.require();
        return new PendingEvent(UUID.randomUUID().toString(), type, topic, tenant + ":" + aggregateId,
                aggregateId, tenant, source, clock.instant(), Actor.current(), traceparent(),
                json.writeValueAsString(payload));
    }

    private String traceparent() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null) {
            return null;
        }
        return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01";
    }
}
