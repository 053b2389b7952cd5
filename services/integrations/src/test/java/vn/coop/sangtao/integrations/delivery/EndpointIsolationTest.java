package vn.coop.sangtao.integrations.delivery;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.test.RawEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dead endpoint (it never answers; the request timeout here is 1 s) must not delay a healthy one.
 * The healthy endpoint's delivery latency is measured alone and beside the dead neighbour, and printed.
 */
class EndpointIsolationTest extends DeliveryTestBase {

    private static final int EVENTS = 20;

    @Test
    void shouldDeliverToAHealthyEndpointAsFastWhenItsNeighbourIsDead() throws Exception {
        register();
        latenciesOf(5); // warm-up: the consumer's first partition assignment is not what is measured
        List<Long> alone = latenciesOf(EVENTS);

        try (HangingReceiver dead = new HangingReceiver()) {
            register(dead.url(), false);
            List<Long> besideDead = latenciesOf(EVENTS);
            long p50Alone = percentile(alone, 50);
            long p50Beside = percentile(besideDead, 50);
            long p95Beside = percentile(besideDead, 95);
            System.out.printf("healthy endpoint delivery latency ms: alone p50=%d p95=%d max=%d; "
                            + "beside a dead endpoint p50=%d p95=%d max=%d; dead endpoint calls=%d%n",
                    p50Alone, percentile(alone, 95), percentile(alone, 100), p50Beside, p95Beside,
                    percentile(besideDead, 100), dead.calls());
            assertThat(dead.calls()).isPositive();
            // deliveries that waited behind the dead endpoint would take its 1 s timeout longer
            assertThat(p50Beside).isLessThan(p50Alone + 500);
        }
    }

    /** Publishes events one by one and measures, for each, the time until the healthy receiver has it. */
    private List<Long> latenciesOf(int count) {
        Map<String, Long> published = new ConcurrentHashMap<>();
        int before = receiver.received().size();
        try (RawEvents events = new RawEvents(brokers)) {
            for (int i = 0; i < count; i++) {
                String initiativeId = UUID.randomUUID().toString();
                published.put(initiativeId, System.nanoTime());
                events.send(TOPIC, UUID.randomUUID().toString(), TYPE, tenant, initiativeId, payload(tenant, initiativeId));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= before + count);
        List<Long> latencies = new ArrayList<>();
        for (RecordingReceiver.Received r : receiver.received().subList(before, before + count)) {
            published.forEach((id, sent) -> {
                if (r.body().contains(id)) {
                    latencies.add((r.receivedNanos() - sent) / 1_000_000);
                }
            });
        }
        return latencies;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
