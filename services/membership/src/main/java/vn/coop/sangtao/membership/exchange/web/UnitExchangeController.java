package vn.coop.sangtao.membership.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.coop.sangtao.membership.exchange.ExportFormat;
import vn.coop.sangtao.membership.exchange.ImportJob;
import vn.coop.sangtao.membership.exchange.ImportReport;
import vn.coop.sangtao.membership.exchange.Table;
import vn.coop.sangtao.membership.exchange.UnitExportService;
import vn.coop.sangtao.membership.exchange.UnitImportService;
import vn.coop.sangtao.membership.exchange.UnitImportWorker;
import vn.coop.sangtao.membership.unit.UnitFilter;
import vn.coop.sangtao.platform.security.Roles;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import static vn.coop.sangtao.membership.exchange.web.Downloads.PROBLEM_JSON;
import static vn.coop.sangtao.membership.exchange.web.Downloads.PROBLEM_SCHEMA;

/*
 * Not @Validated: that would validate through a proxy whose ConstraintViolationException the problem
 * advice does not know (a 500); without it Spring MVC validates the parameters itself and a bad one
 * answers 400 validation-failed.
 */
@RestController
@RequestMapping("/api/membership/units")
@Tag(name = "Member units")
class UnitExchangeController {

    private static final String JOBS = "/api/membership/units/imports/";

    private final UnitImportService imports;
    private final UnitImportWorker jobs;
    private final UnitExportService exports;
    private final SheetUploads uploads;

    UnitExchangeController(UnitImportService imports, UnitImportWorker jobs, UnitExportService exports,
                           SheetUploads uploads) {
        this.imports = imports;
        this.jobs = jobs;
        this.exports = exports;
        this.uploads = uploads;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Import member units from a CSV or Excel sheet", description = """
            Multipart field `file`: CSV (UTF-8, with or without BOM, comma or semicolon separated) or .xlsx \
            (first sheet). A header row names the columns, in English or Vietnamese, without regard to case or \
            accents: taxCode (Mã số thuế), name (Tên đơn vị), kind (Loại hình: COOPERATIVE… or HTX, Liên hiệp HTX, \
            Tổ hợp tác, Doanh nghiệp, Cơ quan Liên minh), sector (Lĩnh vực: AGRICULTURE… or Nông nghiệp, \
            Tiểu thủ công nghiệp, Thương mại dịch vụ, Vận tải, Xây dựng, Tín dụng, Khác) are required; area \
            (Địa bàn: id or code), foundedOn, joinedOn (dd/MM/yyyy or yyyy-MM-dd), address, phone, email, head \
            are optional. An optional column left out keeps the stored value; an empty cell clears it. \
            Each row is checked as a registration is (tax code check digit included); a new tax code registers \
            the unit, a known one corrects it, an identical row changes nothing, a tax code repeated in the file \
            fails on the later row. Valid rows are applied even if others fail, so after an interruption the same \
            file can simply be imported again. Row numbers are the sheet's (header = row 1).

            dryRun=true applies nothing and answers the report at once (200). Otherwise the file and its header \
            are checked at once (the 4xx below), the rows are applied in the background, and the answer is 202 \
            with the job and its address in Location: GET it (GET /api/membership/units/imports/{id}) until its \
            status is DONE, when it holds the same report, or FAILED. A sheet of thousands of rows takes longer \
            than a gateway waits for an answer, hence the job.""")
    @ApiResponse(responseCode = "200", description = "dryRun=true: the report (rows created, updated, unchanged, "
            + "failed, and errors) of what an import would do",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "202", description = "The import job, RUNNING; Location is its address",
            headers = @Header(name = "Location", description = "/api/membership/units/imports/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @ApiResponse(responseCode = "400", description = "Not a CSV or .xlsx file, a CSV not in UTF-8, an empty file, "
            + "no file part (unreadable-import, csv-not-utf8, empty-import, validation-failed)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "Only the alliance's staff import (forbidden)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "413", description = "Larger than the size limit (import-too-large, 10 MB by default) "
            + "or more than 20,000 data rows (too-many-rows)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "A required column is missing (missing-columns) or a column is "
            + "named twice (duplicate-column)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many imports already waiting on this instance (imports-busy)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<Object> importUnits(@RequestPart("file") MultipartFile file,
                                       @RequestParam(defaultValue = "false") boolean dryRun) {
        Table table = uploads.read(file);
        if (dryRun) {
            return ResponseEntity.ok(imports.importUnits(table, true));
        }
        ImportJob job = jobs.submit(table, file.getOriginalFilename());
        return ResponseEntity.accepted().location(URI.create(JOBS + job.id())).body(ImportJobResponse.of(job));
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Follow a unit import", description = """
            RUNNING with the rows applied so far, DONE with the report, or FAILED: import-interrupted when the \
            instance running it stopped (import the same file again: rows already applied come back unchanged). \
            Another alliance's job answers 404.""")
    @ApiResponse(responseCode = "404", description = "No such job in this alliance (not-found)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ImportJobResponse importJob(@PathVariable String id) {
        return ImportJobResponse.of(jobs.get(id));
    }

    @GetMapping("/export")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Export member units as CSV or Excel", description = """
            Takes the filters of GET /api/membership/units (q, kind, sector, status, areaId, blockId, sort, \
            direction) and holds exactly the units that search finds, every page, in its order. The columns are \
            the import's, so the file re-imports as unchanged; headers and list words are Vietnamese, or English \
            with Accept-Language: en. CSV is UTF-8 with a BOM so that Excel reads Vietnamese.""")
    @ApiResponse(responseCode = "200", description = "The sheet, as an attachment",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType =
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @ApiResponse(responseCode = "400", description = "An unknown filter value or format (validation-failed)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The search finds more than 50,000 units (export-too-large)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    void export(@Valid UnitFilter filter,
                @RequestParam(defaultValue = "csv") @Pattern(regexp = "(?i)csv|xlsx") String format,
                Locale locale, HttpServletResponse response) throws IOException {
        boolean vietnamese = Downloads.inVietnamese(locale);
        exports.export(filter, vietnamese, () -> Downloads.open(response, ExportFormat.named(format),
                vietnamese ? "don-vi-thanh-vien" : "member-units", vietnamese ? "Đơn vị thành viên" : "Member units"));
    }
}
