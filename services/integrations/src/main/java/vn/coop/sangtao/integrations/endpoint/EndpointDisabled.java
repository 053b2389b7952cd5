package vn.coop.sangtao.integrations.endpoint;

import java.time.Instant;

/** Recorded when an endpoint stops receiving deliveries, e.g. after it answered 410 Gone. */
public record EndpointDisabled(String endpointId, String tenantId, String reason, Instant disabledAt) {

    public static final String TYPE = "vn.coop.sangtao.webhook.endpoint.disabled.v1";
}
