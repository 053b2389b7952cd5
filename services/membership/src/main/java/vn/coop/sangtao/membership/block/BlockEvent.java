package vn.coop.sangtao.membership.block;

/** Events vn.coop.sangtao.block.formed.v1 and .changed.v1 on {@value #TOPIC}: the block as it now stands. */
public record BlockEvent(String blockId, String tenantId, int year, String name, String leaderUnitId,
                         String deputyUnitId) {

    public static final String TOPIC = "membership.block.events";
    public static final String FORMED = "vn.coop.sangtao.block.formed.v1";
    public static final String CHANGED = "vn.coop.sangtao.block.changed.v1";
}
