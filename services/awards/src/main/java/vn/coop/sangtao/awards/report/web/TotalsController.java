package vn.coop.sangtao.awards.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.report.ProvinceTotalsService;
import vn.coop.sangtao.awards.report.TotalsReport;
import vn.coop.sangtao.awards.report.TotalsService;
import vn.coop.sangtao.awards.report.TotalsXlsx;
import vn.coop.sangtao.platform.security.Roles;

@RestController
@Validated
@RequestMapping("/api/awards/reports")
@Tag(name = "Reports", description = "Tổng hợp khen thưởng theo hình thức, đợt, khối thi đua, địa bàn và (Liên minh HTX Việt Nam) theo tỉnh")
class TotalsController {

    private final TotalsService totals;
    private final ProvinceTotalsService provinces;

    TotalsController(TotalsService totals, ProvinceTotalsService provinces) {
        this.totals = totals;
        this.provinces = provinces;
    }

    @GetMapping("/totals")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The awards granted in a year, totalled by award type, round, block and area",
            description = "Each row counts the awards and adds their amounts in đồng (multiple × the base salary "
                    + "sangtao.awards.base-salary-vnd); a person counts under their unit's block and area; "
                    + "the last row is the grand total")
    TotalsReport totals(@RequestParam @Min(2000) @Max(2100) int year) {
        return totals.totals(year);
    }

    @GetMapping("/totals.xlsx")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The same totals as an XLSX sheet with Vietnamese headings")
    ResponseEntity<byte[]> totalsXlsx(@RequestParam @Min(2000) @Max(2100) int year) {
        return xlsx(totals.totals(year), "tong-hop-khen-thuong-" + year + ".xlsx");
    }

    @GetMapping("/provinces")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "National alliance only: the awards each province granted in a year, count and amount",
            description = "Kept from the provinces' award.granted events (including awards recorded from before "
                    + "Sangtao), a few seconds behind; one row per province, named by sangtao.documents.alliance-names, "
                    + "then the grand total. The national alliance's own awards are not counted. 404 for any other "
                    + "tenant")
    TotalsReport provinces(@RequestParam @Min(2000) @Max(2100) int year) {
        return provinces.provinces(year);
    }

    @GetMapping("/provinces.xlsx")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "National alliance only: the same totals per province as an XLSX sheet")
    ResponseEntity<byte[]> provincesXlsx(@RequestParam @Min(2000) @Max(2100) int year) {
        return xlsx(provinces.provinces(year), "khen-thuong-theo-tinh-" + year + ".xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(TotalsReport report, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TotalsXlsx.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(TotalsXlsx.write(report));
    }
}
