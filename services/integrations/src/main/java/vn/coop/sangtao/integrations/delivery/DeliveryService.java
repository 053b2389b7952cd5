package vn.coop.sangtao.integrations.delivery;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;

import java.time.Clock;
import java.util.UUID;

/** Test-sends and replays, on behalf of an endpoint's owner. */
@Service
public class DeliveryService {

    public static final String TEST_TYPE = "vn.coop.sangtao.webhook.test.v1";

    private final WebhookSender sender;
    private final DeliveryRepository deliveries;
    private final DeliveryWorker worker;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryService(WebhookSender sender, DeliveryRepository deliveries, DeliveryWorker worker, JsonMapper json,
                    Clock clock) {
        this.sender = sender;
        this.deliveries = deliveries;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    /** Sends a signed test event now, outside the queue, and answers what the endpoint replied. */
    public Attempt testSend(WebhookEndpoint endpoint) {
        ObjectNode body = json.createObjectNode();
        body.put("type", TEST_TYPE);
        body.put("timestamp", clock.instant().toString());
        body.putObject("data").put("endpointId", endpoint.id()).put("message", "Sangtao webhook test");
        return sender.send(endpoint.url(), endpoint.signingSecrets(clock.instant()), "test_" + UUID.randomUUID(),
                json.writeValueAsString(body));
    }

    /** Queues the matching deliveries of the current tenant again; receivers see the same webhook-id. */
    public long replay(DeliveryFilter filter) {
        long count = deliveries.replay(filter, clock.instant());
        if (count > 0) {
            worker.sweepNow();
        }
        return count;
    }
}
