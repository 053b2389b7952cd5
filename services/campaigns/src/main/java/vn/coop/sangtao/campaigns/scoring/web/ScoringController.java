package vn.coop.sangtao.campaigns.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.campaigns.scoring.Evidence;
import vn.coop.sangtao.campaigns.scoring.Scorecard;
import vn.coop.sangtao.campaigns.scoring.ScoringService;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/campaigns/reviews/{reviewId}/units/{unitId}")
@Tag(name = "Scoring", description = "Chấm điểm: đơn vị tự đánh giá kèm minh chứng, cán bộ thẩm định, ký xác nhận thì khóa")
class ScoringController {

    private final ScoringService scoring;

    ScoringController(ScoringService scoring) {
        this.scoring = scoring;
    }

    record EvidenceRequest(@NotBlank @Size(max = 500) String description, @Size(max = 500) String link) {
    }

    @Schema(example = "{\"score\":8,\"evidence\":[{\"description\":\"Biên bản hội nghị ngày 12/04/2026\"}]}")
    record SelfAssessRequest(@NotNull @DecimalMin("0") Double score,
                             @Size(max = 20) List<@Valid @NotNull EvidenceRequest> evidence) {
    }

    @Schema(example = "{\"score\":7.5,\"note\":\"Minh chứng thiếu danh sách người dự\"}")
    record VerifyRequest(@NotNull @DecimalMin("0") Double score, @Size(max = 1000) String note) {
    }

    @GetMapping("/scorecard")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "The unit's score card: each criterion, its evidence, who verified it, and the totals")
    Scorecard scorecard(@PathVariable String reviewId, @PathVariable String unitId) {
        return scoring.scorecard(reviewId, unitId);
    }

    @PutMapping("/self-assessments/{criterion}")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Claim a score for a criterion, with evidence",
            description = "422 criterion-fed-by-activities, score-out-of-range, assessment-locked or review-closed")
    Scorecard selfAssess(@PathVariable String reviewId, @PathVariable String unitId, @PathVariable String criterion,
                         @Valid @RequestBody SelfAssessRequest request) {
        List<Evidence> evidence = request.evidence() == null ? List.of() : request.evidence().stream()
                .map(e -> new Evidence(e.description().trim(), e.link())).toList();
        return scoring.selfAssess(reviewId, unitId, criterion, request.score(), evidence);
    }

    @PutMapping("/verifications/{criterion}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Set the verified score a criterion counts with")
    Scorecard verify(@PathVariable String reviewId, @PathVariable String unitId, @PathVariable String criterion,
                     @Valid @RequestBody VerifyRequest request) {
        return scoring.verify(reviewId, unitId, criterion, request.score(), request.note());
    }

    @PostMapping("/sign-off")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Sign the sheet off: activity-fed criteria are counted and the sheet is locked",
            description = "422 unverified-criteria lists the criteria still without a verified score")
    Scorecard signOff(@PathVariable String reviewId, @PathVariable String unitId) {
        return scoring.signOff(reviewId, unitId);
    }
}
