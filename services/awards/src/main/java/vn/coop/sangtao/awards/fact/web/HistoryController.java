package vn.coop.sangtao.awards.fact.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.fact.GrantedAward;
import vn.coop.sangtao.awards.fact.HistoryService;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;

@RestController
@Validated
@RequestMapping("/api/awards/history")
@Tag(name = "History", description = "Quá trình khen thưởng của đơn vị và cá nhân qua các năm")
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @Schema(example = """
            {"nomineeKind":"PERSON","nomineeId":"7d3a…","awardCode":"CSTDCS","year":2024,"thematic":false,
             "decisionNumber":"12/QĐ-LMHTX","decisionDate":"2024-12-20"}""")
    record EarlierRequest(@NotNull Nominee.Kind nomineeKind, @NotBlank @Size(max = 64) String nomineeId,
                          @NotBlank @Size(max = 30) String awardCode, @NotNull @Min(1990) @Max(2100) Integer year,
                          Boolean thematic, @NotBlank @Size(max = 60) String decisionNumber,
                          @NotNull LocalDate decisionDate) {
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record an award granted before Sangtao, from its decision",
            description = "The rules on consecutive years read these as they read awards granted here")
    ResponseEntity<GrantedAward> record(@Valid @RequestBody EarlierRequest r) {
        return ResponseEntity.status(201).body(history.recordEarlier(r.nomineeKind(), r.nomineeId(), r.awardCode(),
                r.year(), Boolean.TRUE.equals(r.thematic()), r.decisionNumber().trim(), r.decisionDate()));
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Awards over the years by nominee, award type, year or name (without accents)")
    PageResponse<GrantedAward> search(@RequestParam(required = false) @Size(max = 64) String nomineeId,
                                      @RequestParam(required = false) @Size(max = 30) String awardCode,
                                      @RequestParam(required = false) @Min(1990) @Max(2100) Integer year,
                                      @RequestParam(required = false) @Size(max = 100) String q,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return history.search(nomineeId, awardCode, year, q, page, size);
    }
}
