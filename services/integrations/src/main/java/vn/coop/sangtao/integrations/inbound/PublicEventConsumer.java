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
import vn.coop.sangtao.platform.messaging.InboundEvent;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Two consumers of the public events, in two consumer groups. One queues a delivery to each enabled
 * endpoint of the tenant that subscribed to the type; it runs one thread per partition, which keeps
 * each aggregate's events in order. The other appends to the tenant's feed; a tenant's appends take
 * their cursors one at a time across threads and instances (see {@code FeedNumberRepository}). Other event types never leave the
 * platform. The webhook body follows Standard Webhooks: {@code type}, {@code timestamp}, {@code data}.
 */
@Configuration
class PublicEventConsumer {

    /** Orders deliveries by arrival; records of one aggregate arrive in order on their partition. */
    private final AtomicLong arrival = new AtomicLong(System.currentTimeMillis() * 1000);

    @Bean
    Consumer<Message<byte[]>> deliveryEvents(InboundEvents inbound, EndpointService endpoints,
                                             DeliveryRepository deliveries, DeliveryWorker worker,
                                             JsonMapper json, Clock clock) {
        return inbound.handler(event -> {
            if (!PublicEventTypes.ALL.contains(event.type())) {
                return;
            }
            ObjectNode body = json.createObjectNode();
            body.put("type", event.type());
            body.put("timestamp", event.time());
            body.set("data", event.read(JsonNode.class));
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

    @Bean
    Consumer<Message<byte[]>> feedEvents(InboundEvents inbound, FeedRepository feed, JsonMapper json, Clock clock) {
        return inbound.handler((InboundEvent event) -> {
            if (PublicEventTypes.ALL.contains(event.type())) {
                feed.append(event.id(), event.type(), event.time(),
                        json.writeValueAsString(event.read(JsonNode.class)), clock.instant());
            }
        });
    }
}
