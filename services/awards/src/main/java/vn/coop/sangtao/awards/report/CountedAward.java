package vn.coop.sangtao.awards.report;

/**
 * A granted award as the totals see it: its type, round, and the block and area of the unit it
 * counts under (a person's own unit), any of which may be unknown; and its amount in đồng.
 */
public record CountedAward(String award, String awardName, String roundId, String roundName, String blockId,
                           String areaId, long amountVnd) {
}
