package vn.coop.sangtao.gateway.web;

import org.springframework.http.HttpStatusCode;

import java.util.Map;

/** Stable machine codes for the statuses the gateway can answer with on its own. */
final class ProblemCodes {

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "no-such-path"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(429, "rate-limited"),
            Map.entry(502, "service-unavailable"),
            Map.entry(503, "service-unavailable"),
            Map.entry(504, "gateway-timeout"));

    private ProblemCodes() {
    }

    static String forStatus(HttpStatusCode status) {
        String code = BY_STATUS.get(status.value());
        if (code != null) {
            return code;
        }
        return status.is4xxClientError() ? "bad-request" : "internal-error";
    }
}
