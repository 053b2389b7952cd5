package vn.coop.sangtao.gateway.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds request bodies. Routes with a circuit-breaker fallback make the gateway buffer each body in
 * memory (so the fallback could replay it), without any limit of its own; this filter runs first and
 * refuses with 413 a body that declares, or turns out while streaming, to be larger than allowed.
 */
@Component
class RequestSizeFilter implements GlobalFilter, Ordered {

    private final long maxBytes;

    RequestSizeFilter(@Value("${sangtao.gateway.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(tooLarge());
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(request, maxBytes)).build());
    }

    private static ProblemException tooLarge() {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", Map.of());
    }

    /** Counts bytes as they arrive, for chunked bodies that declare no length. */
    private static final class LimitedBody extends ServerHttpRequestDecorator {

        private final long maxBytes;

        LimitedBody(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    /** After the tenant headers are dropped and the rate limit is checked, before body buffering. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 200;
    }
}
