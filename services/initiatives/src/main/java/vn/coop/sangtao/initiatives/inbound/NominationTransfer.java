package vn.coop.sangtao.initiatives.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.initiatives.initiative.InitiativeEvent;
import vn.coop.sangtao.initiatives.nomination.NominationService;
import vn.coop.sangtao.platform.messaging.InboundEvents;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.function.Consumer;

/**
 * Carries Golden Book nominations between tenants through initiatives' own events: a province's
 * nomination into the national tenant, and the national outcome back to the province.
 */
@Configuration
class NominationTransfer {

    @Bean
    Consumer<Message<byte[]>> nominationEvents(InboundEvents inbound, NominationService nominations) {
        return inbound.handler(event -> {
            switch (event.type()) {
                case InitiativeEvent.NOMINATED ->
                        nominations.receive(event.tenantId(), event.read(InitiativeEvent.Nominated.class));
                case InitiativeEvent.NOMINATION_DECIDED -> {
                    InitiativeEvent.NominationDecided outcome = event.read(InitiativeEvent.NominationDecided.class);
                    TenantContext.runAs(outcome.tenantId(), () -> nominations.recordOutcome(outcome));
                }
                default -> {
                    // the other initiative events are for other readers
                }
            }
        });
    }
}
