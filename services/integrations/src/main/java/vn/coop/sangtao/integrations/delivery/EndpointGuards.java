package vn.coop.sangtao.integrations.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import java.time.Duration;

/**
 * A circuit breaker and a bulkhead per endpoint. The bulkhead bounds how many sends to one endpoint
 * run at once, so a slow endpoint cannot take every sending thread; the breaker stops calling an
 * endpoint that keeps failing for a while, so its deliveries wait instead of tying up threads for
 * a full timeout each.
 */
public class EndpointGuards {

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;

    public EndpointGuards(int perEndpoint, Duration openFor) {
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(perEndpoint).maxWaitDuration(Duration.ZERO).build());
    }

    public CircuitBreaker breaker(String endpointId) {
        return breakers.circuitBreaker(endpointId);
    }

    public Bulkhead bulkhead(String endpointId) {
        return bulkheads.bulkhead(endpointId);
    }
}
