package vn.coop.sangtao.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.coop.sangtao.gateway.web.ProblemWriter;

import java.util.Map;

/** 401 for a missing, malformed, expired or foreign token, as a problem answer (RFC 6750 header kept). */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // the reason stays out of the header: it could help an attacker probe tokens
        String challenge = failure instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer";
        return writer.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
