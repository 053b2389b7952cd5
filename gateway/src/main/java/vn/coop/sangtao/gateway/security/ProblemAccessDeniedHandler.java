package vn.coop.sangtao.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.coop.sangtao.gateway.web.ProblemWriter;

import java.util.Map;

/** 403 as a problem answer, for an authenticated caller that is not allowed the path. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, HttpStatus.FORBIDDEN, "forbidden", Map.of());
    }
}
