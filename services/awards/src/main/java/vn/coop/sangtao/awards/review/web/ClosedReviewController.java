package vn.coop.sangtao.awards.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.review.ClosedReview;
import vn.coop.sangtao.awards.review.ClosedReviewService;
import vn.coop.sangtao.awards.review.ReviewSummary;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

@RestController
@Validated
@RequestMapping("/api/awards/reviews")
@Tag(name = "Closed reviews", description = "Kết quả sơ kết, tổng kết đã chốt: đơn vị dẫn đầu khối được đề xuất Cờ thi đua")
class ClosedReviewController {

    private final ClosedReviewService reviews;

    ClosedReviewController(ClosedReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The alliance's closed reviews, the latest closed first, with their flag candidates",
            description = "Learned from campaigns' review.closed events, a few seconds after a review closes")
    PageResponse<ReviewSummary> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reviews.list(year, page, size);
    }

    @GetMapping("/{reviewId}")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "A closed review: the block leaders suggested for emulation flags and every unit's result")
    ClosedReview get(@PathVariable @Size(max = 64) String reviewId) {
        return reviews.get(reviewId);
    }
}
