package vn.coop.sangtao.membership.exchange;

import java.util.List;

/**
 * The outcome of an import, the same for a dry run as for the real one. {@code rows} counts the
 * non-blank data rows; each is created, updated, unchanged or failed. {@code errors} lists at most
 * the first thousand problems; {@code errorsOmitted} says how many more there were.
 */
public record ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged, int failed,
                           List<RowError> errors, int errorsOmitted) {
}
