package vn.coop.sangtao.integrations.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.coop.sangtao.integrations.delivery.Delivery;
import vn.coop.sangtao.integrations.delivery.DeliveryRepository;
import vn.coop.sangtao.integrations.delivery.DeliveryWorker;
import vn.coop.sangtao.integrations.endpoint.EndpointService;
import vn.coop.sangtao.integrations.endpoint.PublicEventTypes;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;
import vn.coop.sangtao.integrations.feed.FeedRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Takes every public event into the tenant's feed, and queues a delivery of it to each enabled
 * endpoint of the tenant that subscribed to its type. The webhook body follows Standard Webhooks:
 * {@code type}, {@code timestamp}, {@code data}. Other event types never leave the platform.
 */
@Configuration
class PublicEventConsumer {

    /** Orders deliveries by arrival; records of one aggregate arrive in order on their partition. */
    private final AtomicLong arrival = new AtomicLong(System.currentTimeMillis() * 1000);

    @Bean
    Consumer<Message<byte[]>> initiativeEvents(InboundEvents inbound, EndpointService endpoints,
                                               DeliveryRepository deliveries, DeliveryWorker worker,
                                               FeedRepository feed, JsonMapper json, Clock clock) {
        return inbound.handler(event -> {
            if (!PublicEventTypes.ALL.contains(event.type())) {
                return;
            }
            JsonNode data = event.read(JsonNode.class);
            ObjectNode body = json.createObjectNode();
            body.put("type", event.type());
            body.put("timestamp", event.time());
            body.set("data", data);
            feed.append(event.id(), event.type(), event.time(), json.writeValueAsString(data), clock.instant());
            String text = json.writeValueAsString(body);
            long seq = arrival.incrementAndGet();
            for (WebhookEndpoint endpoint : endpoints.subscribedTo(event.type())) {
                Delivery delivery = Delivery.of(event.tenantId(), endpoint.id(), event.id(), event.type(),
                        event.subject(), seq, text, clock.instant());
                if (deliveries.enqueue(delivery)) {
                    worker.signal(delivery.id());
                }
            }
        });
    }
}
