package vn.coop.sangtao.membership.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.coop.sangtao.membership.exchange.ExportFormat;
import vn.coop.sangtao.membership.exchange.ImportReport;
import vn.coop.sangtao.membership.exchange.PersonExportService;
import vn.coop.sangtao.membership.exchange.PersonImportService;
import vn.coop.sangtao.membership.person.PersonFilter;
import vn.coop.sangtao.platform.security.Roles;

import java.io.IOException;
import java.util.Locale;

import static vn.coop.sangtao.membership.exchange.web.Downloads.PROBLEM_JSON;
import static vn.coop.sangtao.membership.exchange.web.Downloads.PROBLEM_SCHEMA;

/*
 * Not @Validated: that would validate through a proxy whose ConstraintViolationException the problem
 * advice does not know (a 500); without it Spring MVC validates the parameters itself and a bad one
 * answers 400 validation-failed.
 */
@RestController
@RequestMapping("/api/membership/people")
@Tag(name = "People")
class PersonExchangeController {

    private final PersonImportService imports;
    private final PersonExportService exports;
    private final SheetUploads uploads;

    PersonExchangeController(PersonImportService imports, PersonExportService exports, SheetUploads uploads) {
        this.imports = imports;
        this.exports = exports;
        this.uploads = uploads;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Import people of member units from a CSV or Excel sheet", description = """
            Multipart field `file`, CSV (UTF-8) or .xlsx, with a header row in English or Vietnamese: \
            unitTaxCode (Mã số thuế đơn vị), fullName (Họ và tên), kind (Đối tượng: CADRE/MEMBER/WORKER or \
            Cán bộ/Thành viên/Người lao động) are required; position (Chức vụ), gender (Giới tính: Nam/Nữ/Khác \
            or MALE/FEMALE/OTHER), birthYear (Năm sinh), phone, email are optional. A person is found by unit, \
            name without accents and birth year: an identical row changes nothing, a different one corrects the \
            person, no match registers them in the unit. An unknown unit tax code fails the row. Valid rows are \
            applied even if others fail, so after an interruption the same file can simply be imported again; \
            dryRun=true applies nothing and answers the same report.""")
    @ApiResponse(responseCode = "200", description = "The report: rows created, updated, unchanged, failed, and errors")
    @ApiResponse(responseCode = "400", description = "Not a CSV or .xlsx file, a CSV not in UTF-8, an empty file, "
            + "no file part (unreadable-import, csv-not-utf8, empty-import, validation-failed)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "Only the alliance's staff import (forbidden)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "413", description = "Larger than the size limit (import-too-large) or more than "
            + "20,000 data rows (too-many-rows)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "A required column is missing (missing-columns) or a column is "
            + "named twice (duplicate-column)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ImportReport importPeople(@RequestPart("file") MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.importPeople(uploads.read(file), dryRun);
    }

    @GetMapping("/export")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Export people as CSV or Excel", description = """
            Takes the filters of GET /api/membership/people (q, unitId, kind, status) and holds exactly the people \
            that search finds, in its order, with the import's columns. Phone and email columns are there only \
            for the alliance's staff.""")
    @ApiResponse(responseCode = "200", description = "The sheet, as an attachment",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType =
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @ApiResponse(responseCode = "400", description = "An unknown filter value or format (validation-failed)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The search finds more than 50,000 people (export-too-large)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA)))
    void export(@Valid PersonFilter filter,
                @RequestParam(defaultValue = "csv") @Pattern(regexp = "(?i)csv|xlsx") String format,
                Locale locale, HttpServletResponse response) throws IOException {
        boolean vietnamese = Downloads.inVietnamese(locale);
        exports.export(filter, vietnamese, () -> Downloads.open(response, ExportFormat.named(format),
                vietnamese ? "nguoi-cua-don-vi" : "people", vietnamese ? "Người của đơn vị" : "People"));
    }
}
