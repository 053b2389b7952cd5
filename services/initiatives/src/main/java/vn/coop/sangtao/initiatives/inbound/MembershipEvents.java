package vn.coop.sangtao.initiatives.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

/** Keeps the read models of member units and of areas from membership's unit and area events. */
@Configuration
class MembershipEvents {

    static final String UNIT_REGISTERED = "vn.coop.sangtao.unit.registered.v1";
    static final String UNIT_UPDATED = "vn.coop.sangtao.unit.updated.v1";
    static final String UNIT_STATUS_CHANGED = "vn.coop.sangtao.unit.status-changed.v1";
    static final String UNIT_TRANSFERRED = "vn.coop.sangtao.unit.transferred.v1";
    static final String UNIT_BLOCK_CHANGED = "vn.coop.sangtao.unit.block-changed.v1";
    static final String AREA_DEFINED = "vn.coop.sangtao.area.defined.v1";

    /** The fields of vn.coop.sangtao.area.defined.v1 that initiatives uses. */
    record AreaDefined(String areaId, String parentId) {
    }

    /** The fields of vn.coop.sangtao.unit.block-changed.v1 that initiatives uses. */
    record BlockChanged(String unitId, int year, String blockId, String previousBlockId) {
    }

    @Bean
    Consumer<Message<byte[]>> unitEvents(InboundEvents inbound, KnownUnitRepository units) {
        return inbound.handler(event -> {
            switch (event.type()) {
                case UNIT_REGISTERED -> {
                    UnitRegisteredPayload unit = event.read(UnitRegisteredPayload.class);
                    units.remember(new KnownUnit(unit.unitId(), event.tenantId(), unit.name(), unit.status()));
                    units.place(unit.unitId(), unit.areaId());
                }
                case UNIT_UPDATED -> {
                    UnitRegisteredPayload unit = event.read(UnitRegisteredPayload.class);
                    units.rename(unit.unitId(), unit.name());
                    units.place(unit.unitId(), unit.areaId());
                }
                case UNIT_STATUS_CHANGED -> {
                    UnitStatusChangedPayload change = event.read(UnitStatusChangedPayload.class);
                    units.restate(change.unitId(), change.status());
                }
                case UNIT_TRANSFERRED -> {
                    UnitTransferredPayload moved = event.read(UnitTransferredPayload.class);
                    units.transfer(moved.fromTenantId(),
                            new KnownUnit(moved.unitId(), event.tenantId(), moved.name(), moved.status()));
                }
                case UNIT_BLOCK_CHANGED -> {
                    BlockChanged seat = event.read(BlockChanged.class);
                    units.seat(seat.unitId(), seat.year(), seat.blockId());
                }
                default -> {
                    // other membership events do not concern initiatives
                }
            }
        });
    }

    /** Areas, for searches by an area that take in the areas within it; closing an area changes nothing here. */
    @Bean
    Consumer<Message<byte[]>> areaEvents(InboundEvents inbound, KnownUnitRepository units) {
        return inbound.handler(event -> {
            if (AREA_DEFINED.equals(event.type())) {
                AreaDefined area = event.read(AreaDefined.class);
                units.defineArea(area.areaId(), area.parentId());
            }
        });
    }
}
