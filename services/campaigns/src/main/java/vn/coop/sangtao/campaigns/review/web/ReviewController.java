package vn.coop.sangtao.campaigns.review.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.campaigns.review.ReviewKind;
import vn.coop.sangtao.campaigns.review.ReviewPeriod;
import vn.coop.sangtao.campaigns.review.ReviewService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.time.LocalDate;

@RestController
@Validated
@Tag(name = "Reviews", description = "Sơ kết 6 tháng, tổng kết năm, đánh giá theo sự kiện: mở, chấm điểm, đóng và xếp hạng theo khối")
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Schema(example = "{\"kind\":\"SIX_MONTH\",\"title\":\"Sơ kết 6 tháng đầu năm 2026\",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}")
    record OpenRequest(@NotNull ReviewKind kind, @NotBlank @Size(max = 300) String title, @NotNull LocalDate from,
                       @NotNull LocalDate to) {
    }

    @PostMapping("/api/campaigns/campaigns/{campaignId}/reviews")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Open a review of a launched campaign over a period",
            description = "422 review-already-open when one of the same kind is open")
    ResponseEntity<ReviewPeriod> open(@PathVariable String campaignId, @Valid @RequestBody OpenRequest request) {
        ReviewPeriod review = reviews.open(campaignId, request.kind(), request.title(), request.from(), request.to());
        return ResponseEntity.created(URI.create("/api/campaigns/reviews/" + review.id())).body(review);
    }

    @GetMapping("/api/campaigns/campaigns/{campaignId}/reviews")
    @PreAuthorize(Roles.MEMBERS)
    PageResponse<ReviewPeriod> list(@PathVariable String campaignId,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reviews.list(campaignId, page, size);
    }

    @GetMapping("/api/campaigns/reviews/{id}")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "A review with its block rankings",
            description = "Frozen once closed; while open, as the signed-off score sheets stand now")
    ReviewPeriod get(@PathVariable String id) {
        return reviews.standingOf(id);
    }

    @PostMapping("/api/campaigns/reviews/{id}/close")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Close the review: freeze scores and block rankings and publish review.closed",
            description = "Units without a signed-off score sheet are listed as not assessed")
    ReviewPeriod close(@PathVariable String id) {
        return reviews.close(id);
    }
}
