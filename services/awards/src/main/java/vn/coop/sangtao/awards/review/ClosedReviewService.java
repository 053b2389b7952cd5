package vn.coop.sangtao.awards.review;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.web.PageResponse;

/** What awards knows of the alliance's closed campaign reviews, the intake of commendation rounds. */
@Service
public class ClosedReviewService {

    private final ClosedReviewRepository reviews;

    ClosedReviewService(ClosedReviewRepository reviews) {
        this.reviews = reviews;
    }

    public PageResponse<ReviewSummary> list(Integer year, int page, int size) {
        return new PageResponse<>(reviews.page(year, page, size), page, size, reviews.count(year));
    }

    /** The review with its flag candidates and every result; 404 for an unknown review or another tenant's. */
    public ClosedReview get(String id) {
        return reviews.find(id).orElseThrow(() -> ApiProblem.notFound("review", id));
    }
}
