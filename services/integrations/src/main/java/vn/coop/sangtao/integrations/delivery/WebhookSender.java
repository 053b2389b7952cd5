package vn.coop.sangtao.integrations.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Posts one signed delivery and reports what came back; it never throws for a failed endpoint.
 * During a secret rotation's grace period the delivery carries a signature per secret, space
 * separated, as Standard Webhooks allows.
 */
public class WebhookSender {

    private static final int EXCERPT = 300;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    public WebhookSender(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    public Attempt send(String url, List<String> secrets, String webhookId, String body) {
        Instant start = clock.instant();
        long timestamp = start.getEpochSecond();
        String signatures = secrets.stream().map(s -> WebhookSigner.sign(s, webhookId, timestamp, body))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Sangtao-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String answer = response.body() == null ? "" : response.body();
            return new Attempt(start, response.statusCode(), null, elapsed(start),
                    answer.length() > EXCERPT ? answer.substring(0, EXCERPT) : answer, retryAfter(response));
        } catch (IOException e) {
            return new Attempt(start, null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(start),
                    null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(start, null, "interrupted", elapsed(start), null, null);
        }
    }

    private long elapsed(Instant start) {
        return Duration.between(start, clock.instant()).toMillis();
    }

    private static Long retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException httpDate) {
                return null;
            }
        }).orElse(null);
    }
}
