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
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Queues a delivery of every public event to each enabled endpoint of its tenant that subscribed to
 * its type. The webhook body follows Standard Webhooks: {@code type}, {@code timestamp}, {@code data}.
 */
@Configuration
class PublicEventConsumer {

    @Bean
    Consumer<Message<byte[]>> initiativeEvents(InboundEvents inbound, EndpointService endpoints,
                                               DeliveryRepository deliveries, DeliveryWorker worker,
                                               JsonMapper json, Clock clock) {
        return inbound.handler(event -> {
            if (!PublicEventTypes.ALL.contains(event.type())) {
                return;
            }
            JsonNode data = event.read(JsonNode.class);
            ObjectNode body = json.createObjectNode();
            body.put("type", event.type());
            body.put("timestamp", event.time());
            body.set("data", data);
            String text = json.writeValueAsString(body);
            boolean queued = false;
            for (WebhookEndpoint endpoint : endpoints.subscribedTo(event.type())) {
                queued |= deliveries.enqueue(Delivery.of(event.tenantId(), endpoint.id(), event.id(), event.type(), text,
                        clock.instant()));
            }
            if (queued) {
                worker.signal();
            }
        });
    }
}
