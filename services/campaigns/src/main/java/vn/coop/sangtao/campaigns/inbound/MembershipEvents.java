package vn.coop.sangtao.campaigns.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.AREAS;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.BLOCKS;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.PEOPLE;
import static vn.coop.sangtao.campaigns.membership.MembershipRepository.Collections.UNITS;

/**
 * Keeps campaigns' picture of the membership (units, blocks, areas, people) from membership's
 * events. Every handler sets values rather than adding to them, so a redelivered event changes
 * nothing.
 */
@Configuration
class MembershipEvents {

    /** The fields of the unit events campaigns uses; each event carries some of them. */
    record UnitFields(String unitId, String name, String taxCode, String status, String areaId, Integer year,
                      String blockId) {
    }

    record BlockFields(String blockId, int year, String name, String leaderUnitId, String deputyUnitId) {
    }

    record AreaFields(String areaId, String name, String level, String parentId) {
    }

    record PersonFields(String personId, String unitId, String toUnitId, String fullName, String status) {
    }

    @Bean
    Consumer<Message<byte[]>> unitEvents(InboundEvents inbound, MembershipRepository directory) {
        return inbound.handler(event -> {
            UnitFields unit = event.read(UnitFields.class);
            switch (event.type()) {
                case "vn.coop.sangtao.unit.registered.v1", "vn.coop.sangtao.unit.updated.v1" ->
                        directory.upsertHere(UNITS, unit.unitId(), setPresent(new Update(), "name", unit.name(),
                                "taxCode", unit.taxCode(), "status", unit.status(), "areaId", unit.areaId()));
                case "vn.coop.sangtao.unit.status-changed.v1" ->
                        directory.upsertHere(UNITS, unit.unitId(), new Update().set("status", unit.status()));
                case "vn.coop.sangtao.unit.block-changed.v1" -> {
                    String key = "blocks.y" + unit.year();
                    directory.upsertHere(UNITS, unit.unitId(), unit.blockId() == null ? new Update().unset(key)
                            : new Update().set(key, unit.blockId()));
                }
                case "vn.coop.sangtao.unit.transferred.v1" ->
                        directory.own(UNITS, unit.unitId(), setPresent(new Update(),
                                "name", unit.name(), "taxCode", unit.taxCode(), "status", unit.status()));
                default -> {
                    // no other unit event concerns campaigns
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> blockEvents(InboundEvents inbound, MembershipRepository directory) {
        return inbound.handler(event -> {
            BlockFields block = event.read(BlockFields.class);
            directory.own(BLOCKS, block.blockId(), new Update().set("year", block.year()).set("name", block.name())
                    .set("leaderUnitId", block.leaderUnitId()).set("deputyUnitId", block.deputyUnitId()));
        });
    }

    @Bean
    Consumer<Message<byte[]>> areaEvents(InboundEvents inbound, MembershipRepository directory) {
        return inbound.handler(event -> {
            if ("vn.coop.sangtao.area.defined.v1".equals(event.type())) {
                AreaFields area = event.read(AreaFields.class);
                directory.own(AREAS, area.areaId(), new Update().set("name", area.name())
                        .set("level", area.level()).set("parentId", area.parentId()));
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> personEvents(InboundEvents inbound, MembershipRepository directory) {
        return inbound.handler(event -> {
            PersonFields person = event.read(PersonFields.class);
            switch (event.type()) {
                case "vn.coop.sangtao.person.registered.v1", "vn.coop.sangtao.person.updated.v1" ->
                        directory.upsertHere(PEOPLE, person.personId(), setPresent(new Update(), "unitId",
                                person.unitId(), "fullName", person.fullName(), "status", person.status()));
                case "vn.coop.sangtao.person.moved.v1" ->
                        directory.upsertHere(PEOPLE, person.personId(), new Update().set("unitId", person.toUnitId()));
                case "vn.coop.sangtao.person.left.v1" ->
                        directory.upsertHere(PEOPLE, person.personId(), new Update().set("status", "LEFT"));
                case "vn.coop.sangtao.person.transferred.v1" ->
                        directory.own(PEOPLE, person.personId(), setPresent(new Update(),
                                "unitId", person.unitId(), "fullName", person.fullName(), "status", person.status()));
                default -> {
                    // no other person event concerns campaigns
                }
            }
        });
    }

    /** Sets each named value that the event carries; an absent field leaves what is known as it was. */
    private static Update setPresent(Update update, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                update.set((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return update;
    }
}
