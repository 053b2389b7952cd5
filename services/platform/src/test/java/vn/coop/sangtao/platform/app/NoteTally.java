package vn.coop.sangtao.platform.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import vn.coop.sangtao.platform.messaging.AppliedEvents;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Counts the notes written per tenant from the note events: a counter is the effect that a
 * redelivery would visibly double, which is what the idempotency test needs.
 */
@Configuration
class NoteTally {

    /** While set, the consumer fails on every record, as if a dependency were down. */
    static final AtomicBoolean BROKEN = new AtomicBoolean();

    record Written(String noteId, String text) {
    }

    @Bean
    Consumer<Message<byte[]>> noteEvents(InboundEvents inbound, AppliedEvents applied) {
        return inbound.handler(event -> {
            Written written = event.read(Written.class);
            if (BROKEN.get()) {
                throw new IllegalStateException("tally store unavailable");
            }
            applied.applyOnce("note_tallies", event.tenantId(), event.id(),
                    new Update().inc("count", 1).set("lastText", written.text()));
        });
    }
}
