package vn.coop.sangtao.initiatives.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

/** Keeps the read model of member units from membership's unit events. */
@Configuration
class MembershipEvents {

    static final String UNIT_REGISTERED = "vn.coop.sangtao.unit.registered.v1";

    @Bean
    Consumer<Message<byte[]>> unitEvents(InboundEvents inbound, KnownUnitRepository units) {
        return inbound.handler(event -> {
            if (UNIT_REGISTERED.equals(event.type())) {
                UnitRegisteredPayload unit = event.read(UnitRegisteredPayload.class);
                units.remember(new KnownUnit(unit.unitId(), event.tenantId(), unit.name(), unit.status()));
            }
        });
    }
}
