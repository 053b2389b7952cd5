package vn.coop.sangtao.integrations.endpoint.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;

import java.time.Instant;
import java.util.List;

/** An endpoint as its owner sees it; the signing secret is shown only once, when it is created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointResponse(String id, String url, List<String> eventTypes, boolean enabled,
                               String disabledReason, Instant createdAt, String secret) {

    static EndpointResponse withSecret(WebhookEndpoint e) {
        return new EndpointResponse(e.id(), e.url(), e.eventTypes(), e.enabled(), e.disabledReason(), e.createdAt(),
                e.secret());
    }

    static EndpointResponse of(WebhookEndpoint e) {
        return new EndpointResponse(e.id(), e.url(), e.eventTypes(), e.enabled(), e.disabledReason(), e.createdAt(),
                null);
    }
}
