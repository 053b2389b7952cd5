package vn.coop.sangtao.awards.candidate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.candidate.CandidateInitiative;
import vn.coop.sangtao.awards.candidate.CandidateService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

@RestController
@Validated
@RequestMapping("/api/awards/candidates")
@Tag(name = "Candidate initiatives", description = "Sáng kiến của năm, nguồn để chọn sáng kiến tiêu biểu")
class CandidateController {

    private final CandidateService candidates;

    CandidateController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The year's submitted initiatives, newest first")
    PageResponse<CandidateInitiative> ofYear(@RequestParam @Min(2000) @Max(2100) int year,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return candidates.ofYear(year, page, size);
    }
}
