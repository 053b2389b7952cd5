package vn.coop.sangtao.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Turns every error that reaches the top of the gateway (no route, rate limit, fallback, identity
 * unreachable, bugs) into a problem answer. Ordered before Boot's default handler (-1).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemException problem = classify(error);
        logged(exchange, problem, error);
        return writer.write(exchange, problem.status(), problem.code(), problem.headers());
    }

    static ProblemException classify(Throwable error) {
        if (error instanceof ProblemException problem) {
            return problem;
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode status = statusError.getStatusCode();
            if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                return ProblemException.serviceUnavailable();
            }
            return new ProblemException(status, ProblemCodes.forStatus(status), allowHeader(statusError));
        }
        // the JWK set could not be fetched: identity is down, which is not the client's fault
        if (error instanceof AuthenticationServiceException || error instanceof ConnectException) {
            return ProblemException.serviceUnavailable();
        }
        if (error instanceof TimeoutException) {
            return new ProblemException(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", Map.of());
        }
        return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", Map.of());
    }

    private static Map<String, String> allowHeader(ResponseStatusException error) {
        String allow = error.getHeaders().getFirst(HttpHeaders.ALLOW);
        return allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
    }

    /** The fallback logs its own cause, and rate-limit refusals are routine: neither is logged again. */
    private static void logged(ServerWebExchange exchange, ProblemException problem, Throwable error) {
        String path = exchange.getRequest().getPath().value();
        String requestId = exchange.getAttribute(RequestIdFilter.REQUEST_ID);
        if (problem.code().equals("internal-error")) {
            log.error("gateway error path={} requestId={}", path, requestId, error);
        } else if (problem.status().is5xxServerError() && !(error instanceof ProblemException)) {
            log.warn("gateway answered status={} code={} path={} requestId={} cause={}",
                    problem.status().value(), problem.code(), path, requestId, error.toString());
        } else {
            log.debug("gateway answered status={} code={} path={}", problem.status().value(), problem.code(), path);
        }
    }
}
