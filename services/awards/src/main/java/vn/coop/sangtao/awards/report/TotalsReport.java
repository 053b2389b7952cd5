package vn.coop.sangtao.awards.report;

import java.util.List;

/** The awards granted in a year, totalled by award type, round, block and area, then altogether. */
public record TotalsReport(int year, long baseSalaryVnd, List<TotalsRow> rows) {
}
