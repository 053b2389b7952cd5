package vn.coop.sangtao.integrations.endpoint;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An outside system's URL that receives the tenant's public events, signed with the endpoint's
 * secret (Standard Webhooks: {@code whsec_} + base64 key).
 */
public record WebhookEndpoint(String id, String tenantId, String url, List<String> eventTypes, String secret,
                              boolean enabled, String disabledReason, Instant createdAt, long version) {

    public static final String TOPIC = "integrations.endpoint.events";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static WebhookEndpoint register(String tenantId, String url, List<String> eventTypes, Instant now) {
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!PublicEventTypes.ALL.contains(eventTypes.get(i))) {
                errors.add(new FieldProblem("eventTypes[" + i + "]", "notPublicEventType"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.ruleOnFields("event-type-not-public", errors);
        }
        return new WebhookEndpoint(UUID.randomUUID().toString(), tenantId, url, List.copyOf(eventTypes),
                newSecret(), true, null, now, 0);
    }

    public WebhookEndpoint disable(String reason) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, secret, false, reason, createdAt, version);
    }

    public EndpointRegistered registered() {
        return new EndpointRegistered(id, tenantId, url, eventTypes, createdAt);
    }

    private static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
