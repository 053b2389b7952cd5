package vn.coop.sangtao.membership.exchange.web;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.coop.sangtao.membership.exchange.ImportJob;
import vn.coop.sangtao.membership.exchange.ImportReport;
import vn.coop.sangtao.membership.exchange.ImportStatus;

import java.time.Instant;

@Schema(description = "A unit import running in the background, and its report once done")
record ImportJobResponse(
        String id,
        String fileName,
        @Schema(description = "RUNNING, then DONE with the report, or FAILED with failure") ImportStatus status,
        @Schema(description = "Data rows in the sheet") int rows,
        @Schema(description = "Rows settled so far (created, updated, unchanged or failed)") int applied,
        String submittedBy,
        Instant submittedAt,
        Instant finishedAt,
        @Schema(description = "Why it stopped without a report: import-interrupted (the instance running it "
                + "stopped; import the same file again, which changes nothing already applied), import-failed, "
                + "imports-busy") String failure,
        @Schema(description = "The report, as a synchronous import or a dry run answers it; only when DONE")
        ImportReport report) {

    static ImportJobResponse of(ImportJob job) {
        return new ImportJobResponse(job.id(), job.fileName(), job.status(), job.rows(), job.applied(),
                job.submittedBy(), job.submittedAt(), job.finishedAt(), job.failure(), job.report());
    }
}
