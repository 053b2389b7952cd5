package vn.coop.sangtao.integrations.delivery;

import java.time.Instant;

/** What one delivery attempt got back: an HTTP status (null when no answer came) or an error. */
public record Attempt(Instant at, Integer status, String error, long latencyMillis, String excerpt,
                      Long retryAfterSeconds) {

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    /** The answer in a few words, for logs and breaker records. */
    public String describe() {
        return status != null ? "HTTP " + status : String.valueOf(error);
    }

    public boolean gone() {
        return status != null && status == 410;
    }
}
