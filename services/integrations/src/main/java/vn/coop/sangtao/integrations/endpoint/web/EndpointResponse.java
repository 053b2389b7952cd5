package vn.coop.sangtao.integrations.endpoint.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;

import java.time.Instant;
import java.util.List;

/** An endpoint as its owner sees it; a signing secret is shown only once, when it is issued. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointResponse(String id, String url, String description, List<String> eventTypes, boolean ordered,
                               boolean enabled, String disabledReason, Instant previousSecretUntil,
                               Instant createdAt, long version, String secret) {

    static EndpointResponse withSecret(WebhookEndpoint e) {
        return of(e, e.secret());
    }

    static EndpointResponse of(WebhookEndpoint e) {
        return of(e, null);
    }

    private static EndpointResponse of(WebhookEndpoint e, String secret) {
        return new EndpointResponse(e.id(), e.url(), e.description(), e.eventTypes(), e.ordered(), e.enabled(),
                e.disabledReason(), e.previousSecretUntil(), e.createdAt(), e.version(), secret);
    }
}
