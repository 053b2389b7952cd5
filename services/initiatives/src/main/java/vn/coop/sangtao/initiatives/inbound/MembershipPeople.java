package vn.coop.sangtao.initiatives.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.initiatives.person.KnownPerson;
import vn.coop.sangtao.initiatives.person.KnownPersonRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

/** Keeps the read model of people from membership's person events. */
@Configuration
class MembershipPeople {

    static final String REGISTERED = "vn.coop.sangtao.person.registered.v1";
    static final String UPDATED = "vn.coop.sangtao.person.updated.v1";
    static final String TRANSFERRED = "vn.coop.sangtao.person.transferred.v1";
    static final String MOVED = "vn.coop.sangtao.person.moved.v1";
    static final String LEFT = "vn.coop.sangtao.person.left.v1";

    record Snapshot(String personId, String unitId, String fullName, String status) {
    }

    record Moved(String personId, String toUnitId) {
    }

    record Left(String personId) {
    }

    @Bean
    Consumer<Message<byte[]>> personEvents(InboundEvents inbound, KnownPersonRepository people) {
        return inbound.handler(event -> {
            switch (event.type()) {
                case REGISTERED, UPDATED -> {
                    Snapshot p = event.read(Snapshot.class);
                    people.remember(new KnownPerson(p.personId(), event.tenantId(), p.unitId(), p.fullName(),
                            p.status()), false);
                }
                case TRANSFERRED -> {
                    Snapshot p = event.read(Snapshot.class);
                    people.remember(new KnownPerson(p.personId(), event.tenantId(), p.unitId(), p.fullName(),
                            p.status()), true);
                }
                case MOVED -> {
                    Moved m = event.read(Moved.class);
                    people.moveToUnit(m.personId(), m.toUnitId());
                }
                case LEFT -> people.leave(event.read(Left.class).personId());
                default -> {
                    // nothing else concerns initiatives
                }
            }
        });
    }
}
