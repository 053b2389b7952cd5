package vn.coop.sangtao.integrations.endpoint;

import java.time.Instant;
import java.util.List;

/** Event vn.coop.sangtao.webhook.endpoint.registered.v1; never carries the secret. */
public record EndpointRegistered(String endpointId, String tenantId, String url, List<String> eventTypes,
                                 Instant registeredAt) {

    public static final String TYPE = "vn.coop.sangtao.webhook.endpoint.registered.v1";
}
