package vn.coop.sangtao.membership.exchange;

import java.time.Duration;
import java.time.Instant;

/**
 * A sheet being imported in the background. {@code applied} counts the rows settled so far;
 * {@code aliveAt} is renewed while the job works, so a job whose instance stopped shows as failed
 * ({@code import-interrupted}) instead of running for ever. Importing the same sheet again is safe.
 */
public record ImportJob(String id, String tenantId, String fileName, ImportStatus status, int rows, int applied,
                        String submittedBy, Instant submittedAt, Instant aliveAt, Instant finishedAt, String failure,
                        ImportReport report) {

    static final String INTERRUPTED = "import-interrupted";

    static ImportJob submitted(String id, String tenantId, String fileName, int rows, String by, Instant now) {
        return new ImportJob(id, tenantId, fileName, ImportStatus.RUNNING, rows, 0, by, now, now, null, null, null);
    }

    /** The job as a caller should see it at {@code now}: running without a sign of life for {@code silence} is failed. */
    public ImportJob asOf(Instant now, Duration silence) {
        if (status == ImportStatus.RUNNING && aliveAt.plus(silence).isBefore(now)) {
            return new ImportJob(id, tenantId, fileName, ImportStatus.FAILED, rows, applied, submittedBy, submittedAt,
                    aliveAt, null, INTERRUPTED, null);
        }
        return this;
    }
}
