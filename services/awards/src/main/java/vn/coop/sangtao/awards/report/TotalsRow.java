package vn.coop.sangtao.awards.report;

/**
 * One line of the totals report: how many awards of a group were granted and their amount in đồng.
 * {@code key} is the award code, round, block or area id; null for the awards outside any round,
 * block or area, and for the grand total.
 */
public record TotalsRow(TotalsGroup group, String key, String name, long count, long amountVnd) {
}
