package vn.coop.sangtao.membership.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts the rows of one import by outcome and keeps the problems of those that failed. */
final class ImportTally {

    static final int MAX_ERRORS = 1_000;

    private final boolean dryRun;
    private final int rows;
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final List<RowProblem> problems = new ArrayList<>();
    private int failed;

    ImportTally(boolean dryRun, int rows) {
        this.dryRun = dryRun;
        this.rows = rows;
    }

    void count(Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    void fail(List<RowProblem> rowProblems) {
        failed++;
        problems.addAll(rowProblems);
    }

    /** The report, with each kept problem put into words by {@code wording}. */
    ImportReport report(Function<RowProblem, String> wording) {
        List<RowError> errors = problems.stream().limit(MAX_ERRORS)
                .map(p -> new RowError(p.row(), p.column(), p.code(), wording.apply(p))).toList();
        return new ImportReport(dryRun, rows, outcomes.getOrDefault(Outcome.CREATED, 0),
                outcomes.getOrDefault(Outcome.UPDATED, 0), outcomes.getOrDefault(Outcome.UNCHANGED, 0), failed,
                errors, problems.size() - errors.size());
    }
}
