package vn.coop.sangtao.campaigns.pledge;

/** One row of a campaign's pledge board: a unit in scope and its pledge, NOT_SENT when it has sent none. */
public record UnitPledge(String unitId, String unitName, String blockId, PledgeStatus status, Pledge pledge) {
}
