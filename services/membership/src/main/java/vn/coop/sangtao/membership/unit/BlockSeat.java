package vn.coop.sangtao.membership.unit;

/** A unit's place in an emulation block for one year. */
public record BlockSeat(int year, String blockId) {
}
