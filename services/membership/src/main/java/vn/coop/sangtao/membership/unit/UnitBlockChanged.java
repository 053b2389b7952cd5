package vn.coop.sangtao.membership.unit;

/** Event vn.coop.sangtao.unit.block-changed.v1: the unit's emulation block for a year; null when it left. */
public record UnitBlockChanged(String unitId, String tenantId, int year, String blockId, String previousBlockId) {

    public static final String TYPE = "vn.coop.sangtao.unit.block-changed.v1";
}
