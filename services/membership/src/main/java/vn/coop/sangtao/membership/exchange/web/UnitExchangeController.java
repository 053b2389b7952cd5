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
import vn.coop.sangtao.membership.exchange.UnitExportService;
import vn.coop.sangtao.membership.exchange.UnitImportService;
import vn.coop.sangtao.membership.unit.UnitFilter;
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
@RequestMapping("/api/membership/units")
@Tag(name = "Member units")
class UnitExchangeController {

    private final UnitImportService imports;
    private final UnitExportService exports;
    private final SheetUploads uploads;

    UnitExchangeController(UnitImportService imports, UnitExportService exports, SheetUploads uploads) {
        this.imports = imports;
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
            file can simply be imported again; dryRun=true applies nothing and answers the same report. Row numbers are the sheet's (header = row 1).""")
    @ApiResponse(responseCode = "200", description = "The report: rows created, updated, unchanged, failed, and errors")
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
    ImportReport importUnits(@RequestPart("file") MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.importUnits(uploads.read(file), dryRun);
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
