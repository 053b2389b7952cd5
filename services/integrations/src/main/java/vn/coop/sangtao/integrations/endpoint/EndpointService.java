package vn.coop.sangtao.integrations.endpoint;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Use cases of webhook endpoints. */
@Service
public class EndpointService {

    private final EndpointRepository endpoints;
    private final EventFactory events;
    private final Clock clock;
    private final boolean allowHttp;

    EndpointService(EndpointRepository endpoints, EventFactory events, Clock clock,
                    @Value("${sangtao.webhooks.allow-http:false}") boolean allowHttp) {
        this.endpoints = endpoints;
        this.events = events;
        this.clock = clock;
        this.allowHttp = allowHttp;
    }

    public WebhookEndpoint register(String url, String description, List<String> eventTypes, boolean ordered) {
        WebhookEndpoint endpoint = WebhookEndpoint.register(TenantContext.require(),
                new WebhookEndpoint.Registration(url, description, eventTypes, ordered, allowHttp), clock.instant());
        endpoints.insert(endpoint, events.pending(EndpointRegistered.TYPE, WebhookEndpoint.TOPIC, endpoint.id(),
                endpoint.registered()));
        return endpoint;
    }

    /** Switches an endpoint on or off, recording why; nothing changes when it already is. */
    public WebhookEndpoint switchOn(String id, boolean on, String reason) {
        WebhookEndpoint endpoint = get(id);
        if (endpoint.enabled() == on) {
            return endpoint;
        }
        return save(endpoint.switchedOn(on, reason), on ? "ENABLED" : "DISABLED", reason);
    }

    public WebhookEndpoint describe(String id, String description) {
        return save(get(id).describedAs(description), "DESCRIBED", null);
    }

    /** A new secret, answered once; the previous one keeps signing during {@code grace}. */
    public WebhookEndpoint rotateSecret(String id, Duration grace) {
        return save(get(id).rotateSecret(clock.instant(), grace), "SECRET_ROTATED", null);
    }

    public WebhookEndpoint get(String id) {
        return endpoints.find(id).orElseThrow(() -> ApiProblem.notFound("endpoint", id));
    }

    public List<WebhookEndpoint> subscribedTo(String eventType) {
        return endpoints.subscribedTo(eventType);
    }

    public List<WebhookEndpoint> list(int page, int size) {
        return endpoints.all(page, size);
    }

    private WebhookEndpoint save(WebhookEndpoint changed, String change, String reason) {
        endpoints.update(changed, events.pending(EndpointChanged.TYPE, WebhookEndpoint.TOPIC, changed.id(),
                new EndpointChanged(changed.id(), changed.tenantId(), change, changed.enabled(), reason,
                        clock.instant())));
        return get(changed.id());
    }
}
