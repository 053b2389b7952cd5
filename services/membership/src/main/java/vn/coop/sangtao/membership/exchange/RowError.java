package vn.coop.sangtao.membership.exchange;

/** One refused cell or row of an import, as the report shows it: the row number is the sheet's. */
public record RowError(int row, String column, String code, String message) {
}
