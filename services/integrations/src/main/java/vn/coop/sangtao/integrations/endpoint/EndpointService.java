package vn.coop.sangtao.integrations.endpoint;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.util.List;

/** Use cases of webhook endpoints. */
@Service
public class EndpointService {

    private final EndpointRepository endpoints;
    private final EventFactory events;
    private final Clock clock;

    EndpointService(EndpointRepository endpoints, EventFactory events, Clock clock) {
        this.endpoints = endpoints;
        this.events = events;
        this.clock = clock;
    }

    public WebhookEndpoint register(String url, List<String> eventTypes) {
        WebhookEndpoint endpoint = WebhookEndpoint.register(TenantContext.require(), url, eventTypes, clock.instant());
        endpoints.insert(endpoint, events.pending(EndpointRegistered.TYPE, WebhookEndpoint.TOPIC, endpoint.id(),
                endpoint.registered()));
        return endpoint;
    }

    /** Stops deliveries to an endpoint of the current tenant, recording why. */
    public void disable(String id, String reason) {
        WebhookEndpoint endpoint = get(id);
        if (!endpoint.enabled()) {
            return;
        }
        endpoints.update(endpoint.disable(reason), events.pending(EndpointDisabled.TYPE, WebhookEndpoint.TOPIC, id,
                new EndpointDisabled(id, endpoint.tenantId(), reason, clock.instant())));
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
}
