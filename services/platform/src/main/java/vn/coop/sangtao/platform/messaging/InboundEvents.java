package vn.coop.sangtao.platform.messaging;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.contracts.EventHeaders;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Adapts a consumer of {@link InboundEvent}s to a Spring Cloud Stream function: it reads the
 * CloudEvents headers, refuses records without them as poison, and runs the handler in the record's
 * tenant, clearing the context afterwards.
 */
public class InboundEvents {

    private final JsonMapper reader;

    public InboundEvents(JsonMapper json) {
        // Events may gain optional fields (a v1 stays v1), so consumers ignore what they do not know.
        this.reader = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public Consumer<Message<byte[]>> handler(Consumer<InboundEvent> handler) {
        return message -> {
            InboundEvent event = toEvent(message);
            try (TenantContext.Scope ignored = TenantContext.enter(event.tenantId())) {
                handler.accept(event);
            }
        };
    }

    InboundEvent toEvent(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = header(headers, EventHeaders.ID);
        String type = header(headers, EventHeaders.TYPE);
        String tenant = header(headers, EventHeaders.TENANT);
        String subject = header(headers, EventHeaders.SUBJECT);
        if (id == null || type == null || tenant == null || message.getPayload() == null) {
            throw new PoisonMessageException("record without CloudEvents id, type or tenant");
        }
        return new InboundEvent(id, type, tenant, subject, header(headers, EventHeaders.TIME), message.getPayload(),
                reader);
    }

    private static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
