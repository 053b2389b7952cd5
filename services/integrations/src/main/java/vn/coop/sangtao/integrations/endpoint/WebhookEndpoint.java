package vn.coop.sangtao.integrations.endpoint;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An outside system's URL that receives the tenant's public events, signed with the endpoint's
 * secret (Standard Webhooks: {@code whsec_} + base64 key). After a rotation the previous secret
 * keeps signing until its grace period ends, so receivers can switch without losing deliveries.
 * An {@code ordered} endpoint receives the events of one aggregate strictly in order.
 */
public record WebhookEndpoint(String id, String tenantId, String url, String description, List<String> eventTypes,
                              boolean ordered, String secret, String previousSecret, Instant previousSecretUntil,
                              boolean enabled, String disabledReason, Instant createdAt, long version) {

    public static final String TOPIC = "integrations.endpoint.events";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an owner asks for; {@code allowHttp} is true only in the local profile. */
    public record Registration(String url, String description, List<String> eventTypes, boolean ordered,
                               boolean allowHttp) {
    }

    public static WebhookEndpoint register(String tenantId, Registration request, Instant now) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!request.url().startsWith("https://") && !(request.allowHttp() && request.url().startsWith("http://"))) {
            errors.add(new FieldProblem("url", "httpsRequired"));
        }
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (!PublicEventTypes.ALL.contains(request.eventTypes().get(i))) {
                errors.add(new FieldProblem("eventTypes[" + i + "]", "notPublicEventType"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-endpoint", errors);
        }
        return new WebhookEndpoint(UUID.randomUUID().toString(), tenantId, request.url(), request.description(),
                List.copyOf(request.eventTypes()), request.ordered(), newSecret(), null, null, true, null, now, 0);
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous one in its grace. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    public WebhookEndpoint rotateSecret(Instant now, Duration grace) {
        return new WebhookEndpoint(id, tenantId, url, description, eventTypes, ordered, newSecret(), secret,
                now.plus(grace), enabled, disabledReason, createdAt, version);
    }

    public WebhookEndpoint switchedOn(boolean on, String reason) {
        return new WebhookEndpoint(id, tenantId, url, description, eventTypes, ordered, secret, previousSecret,
                previousSecretUntil, on, on ? null : reason, createdAt, version);
    }

    public WebhookEndpoint describedAs(String newDescription) {
        return new WebhookEndpoint(id, tenantId, url, newDescription, eventTypes, ordered, secret, previousSecret,
                previousSecretUntil, enabled, disabledReason, createdAt, version);
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
