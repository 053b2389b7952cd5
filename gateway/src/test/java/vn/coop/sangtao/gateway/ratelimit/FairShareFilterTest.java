package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import vn.coop.sangtao.gateway.web.ProblemException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter in front of a route with one slot, whose calls end only when the test says so: callers
 * are told apart by client address, as unauthenticated callers are.
 */
class FairShareFilterTest {

    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final FairShareFilter filter = new FairShareFilter(
            new FairShareProperties(64, Map.of("campaigns", 1), 1, MAX_WAIT), new RateLimitKeyResolver());
    private final Route campaigns = Route.async().id("campaigns").uri("http://campaigns").predicate(exchange -> true).build();
    private final List<Sinks.Empty<Void>> forwarded = new CopyOnWriteArrayList<>();
    private final GatewayFilterChain backend = exchange -> {
        Sinks.Empty<Void> call = Sinks.empty();
        forwarded.add(call);
        return call.asMono();
    };

    @Test
    void shouldRefuseACallerWhoseQueueIsFullAtOnce() {
        call("10.0.0.1").subscribe();
        call("10.0.0.1").subscribe();

        StepVerifier.create(call("10.0.0.1"))
                .expectErrorSatisfies(error -> assertThat(((ProblemException) error).status().value()).isEqualTo(429))
                .verify(Duration.ofSeconds(1));

        assertThat(forwarded).hasSize(1);
        assertThat(filter.queueOf("campaigns").waiting()).isEqualTo(1);
    }

    @Test
    void shouldQueueAnotherCallerAndAnswer503WhenNoSlotFreesInTime() {
        call("10.0.0.1").subscribe();
        call("10.0.0.1").subscribe();
        long started = System.nanoTime();

        StepVerifier.create(call("10.0.0.2"))
                .expectErrorSatisfies(error -> assertThat(((ProblemException) error).status().value()).isEqualTo(503))
                .verify(Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(MAX_WAIT);
        assertThat(forwarded).hasSize(1);
    }

    @Test
    void shouldForwardTheWaitingCallOnceTheCallInFlightEnds() {
        call("10.0.0.1").subscribe();
        call("10.0.0.2").subscribe();
        assertThat(forwarded).hasSize(1);

        forwarded.get(0).tryEmitEmpty();

        assertThat(forwarded).hasSize(2);
        assertThat(filter.queueOf("campaigns").inFlight()).isEqualTo(1);
        assertThat(filter.queueOf("campaigns").waiting()).isZero();
        forwarded.get(1).tryEmitEmpty();
        assertThat(filter.queueOf("campaigns").inFlight()).isZero();
    }

    private Mono<Void> call(String clientAddress) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/campaigns/campaigns")
                .remoteAddress(new InetSocketAddress(clientAddress, 5000)));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, campaigns);
        return filter.filter(exchange, backend);
    }
}
