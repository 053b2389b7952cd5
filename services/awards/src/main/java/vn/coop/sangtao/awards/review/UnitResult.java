package vn.coop.sangtao.awards.review;

/** A unit's frozen result in a closed review; {@code blockRank} is null for a unit without a block that year. */
public record UnitResult(String unitId, String unitName, String blockId, double base, double bonus, double total,
                         Integer blockRank) {
}
