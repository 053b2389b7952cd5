package vn.coop.sangtao.integrations.endpoint;

import java.time.Instant;

/**
 * Event vn.coop.sangtao.webhook.endpoint.changed.v1: an endpoint was switched on or off, described
 * anew, or its secret rotated. Never carries a secret.
 */
public record EndpointChanged(String endpointId, String tenantId, String change, boolean enabled, String reason,
                              Instant changedAt) {

    public static final String TYPE = "vn.coop.sangtao.webhook.endpoint.changed.v1";
}
