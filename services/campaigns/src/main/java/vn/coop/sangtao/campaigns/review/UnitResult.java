package vn.coop.sangtao.campaigns.review;

/**
 * A unit's frozen result in a closed review: its scores and its rank in its block (units sharing
 * a total share a rank). {@code blockRank} is null for a unit without a block that year.
 */
public record UnitResult(String unitId, String unitName, String blockId, double base, double bonus, double total,
                         Integer blockRank) {
}
