package vn.coop.sangtao.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.Map;

/**
 * An answer the gateway decided on (rate limit, fallback): raised instead of written so that every
 * gateway error leaves through the one {@link ProblemExceptionHandler} and looks the same.
 */
public class ProblemException extends RuntimeException {

    /** Seconds a client should wait before retrying a dependency that is down. */
    static final String UNAVAILABLE_RETRY_AFTER = "5";

    private final HttpStatusCode status;
    private final String code;
    private final Map<String, String> headers;

    public ProblemException(HttpStatusCode status, String code, Map<String, String> headers) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException serviceUnavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                Map.of(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER));
    }

    public static ProblemException rateLimited(Map<String, String> headers) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", headers);
    }

    public HttpStatusCode status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
