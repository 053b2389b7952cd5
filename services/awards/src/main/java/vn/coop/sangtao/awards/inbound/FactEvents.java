package vn.coop.sangtao.awards.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.fact.FactsRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the facts the eligibility rules read, from membership's unit, person and hold events and
 * campaigns' activity events. Every handler sets values, so a redelivery changes nothing.
 */
@Configuration
class FactEvents {

    record UnitFields(String unitId, String name, String status, String areaId, Integer year, String blockId) {
    }

    record PersonFields(String personId, String unitId, String toUnitId, String fullName, String status) {
    }

    record HoldFields(String holdId, String subject, String subjectId, String kind, LocalDate closedOn) {
    }

    record ActivityFields(String activityId, LocalDate date, Map<String, Integer> attendanceByUnit) {
    }

    @Bean
    Consumer<Message<byte[]>> unitFacts(InboundEvents inbound, FactsRepository facts) {
        return inbound.handler(event -> {
            UnitFields u = event.read(UnitFields.class);
            Update values = present(new Update(), "name", u.name(), "status", u.status(), "areaId", u.areaId());
            if (event.type().equals("vn.coop.sangtao.unit.block-changed.v1")) {
                String key = FactsRepository.blockOf(u.year());
                facts.set(FactsRepository.UNITS, u.unitId(), u.blockId() == null ? new Update().unset(key)
                        : new Update().set(key, u.blockId()));
            } else if (event.type().equals("vn.coop.sangtao.unit.transferred.v1")) {
                facts.own(FactsRepository.UNITS, u.unitId(), values);
            } else if (!values.getUpdateObject().isEmpty()) {
                facts.set(FactsRepository.UNITS, u.unitId(), values);
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> personFacts(InboundEvents inbound, FactsRepository facts) {
        return inbound.handler(event -> {
            PersonFields p = event.read(PersonFields.class);
            switch (event.type()) {
                case "vn.coop.sangtao.person.transferred.v1" -> facts.own(FactsRepository.PEOPLE, p.personId(),
                        present(new Update(), "unitId", p.unitId(), "fullName", p.fullName(), "status", p.status()));
                case "vn.coop.sangtao.person.moved.v1" ->
                        facts.set(FactsRepository.PEOPLE, p.personId(), new Update().set("unitId", p.toUnitId()));
                case "vn.coop.sangtao.person.left.v1" ->
                        facts.set(FactsRepository.PEOPLE, p.personId(), new Update().set("status", "LEFT"));
                default -> facts.set(FactsRepository.PEOPLE, p.personId(), present(new Update(), "unitId", p.unitId(),
                        "fullName", p.fullName(), "status", p.status()));
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> holdFacts(InboundEvents inbound, FactsRepository facts) {
        return inbound.handler(event -> {
            HoldFields h = event.read(HoldFields.class);
            facts.own(FactsRepository.HOLDS, h.holdId(), new Update().set("subject", h.subject())
                    .set("subjectId", h.subjectId()).set("kind", h.kind())
                    .set("open", !event.type().equals("vn.coop.sangtao.hold.closed.v1") && h.closedOn() == null));
        });
    }

    @Bean
    Consumer<Message<byte[]>> activityFacts(InboundEvents inbound, FactsRepository facts) {
        return inbound.handler(event -> {
            ActivityFields a = event.read(ActivityFields.class);
            List<String> units = List.copyOf(a.attendanceByUnit().keySet());
            facts.set(FactsRepository.ACTIVITIES, a.activityId(), new Update().set("year", a.date().getYear())
                    .set("unitIds", units));
        });
    }

    private static Update present(Update update, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                update.set((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return update;
    }
}
