package vn.coop.sangtao.initiatives.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.initiative.Nomination;
import vn.coop.sangtao.initiatives.nomination.NationalNomination;
import vn.coop.sangtao.initiatives.nomination.NominationService;
import vn.coop.sangtao.platform.web.PageResponse;

@RestController
@Validated
@RequestMapping("/api/initiatives/nominations")
@Tag(name = "Golden Book nominations", description = "Đề cử vào Sổ vàng sáng tạo, do các tỉnh chuyển lên Liên minh HTX Việt Nam")
class NominationController {

    private static final String NATIONAL = "hasAnyRole('NATIONAL_OFFICER','PLATFORM_ADMIN')";

    private final NominationService nominations;

    NominationController(NominationService nominations) {
        this.nominations = nominations;
    }

    @Schema(example = "{\"selected\":true,\"publishedIn\":\"Sổ vàng sáng tạo Việt Nam 2026, tập 2\"}")
    record OutcomeRequest(boolean selected, @Size(max = 300) String publishedIn) {
    }

    @GetMapping
    @PreAuthorize(NATIONAL)
    @Operation(summary = "The nominations the provinces forwarded, newest first")
    PageResponse<NationalNomination> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                          @RequestParam(required = false) Nomination.NominationOutcome outcome,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return nominations.list(year, outcome, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(NATIONAL)
    NationalNomination get(@PathVariable String id) {
        return nominations.get(id);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize(NATIONAL)
    @Operation(summary = "Record whether the nomination was selected and where it was published",
            description = "The province sees the outcome on its initiative")
    NationalNomination decide(@PathVariable String id, @Valid @RequestBody OutcomeRequest request) {
        return nominations.decide(id, request.selected(), request.publishedIn());
    }
}
