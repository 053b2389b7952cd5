package vn.coop.sangtao.campaigns.review;

import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;

/** The store of review periods, shared by the review and scoring use cases. */
@Repository
public class ReviewRepository {

    private final Aggregates<ReviewPeriod> periods;

    ReviewRepository(AggregateStore store, EventFactory events) {
        this.periods = new Aggregates<>(store, events, "reviews", ReviewPeriod.TOPIC, ReviewPeriod.class,
                ReviewPeriod::id);
    }

    Aggregates<ReviewPeriod> store() {
        return periods;
    }

    /** The review, or a 404 naming it. */
    public ReviewPeriod get(String id) {
        return periods.find(id).orElseThrow(() -> ApiProblem.notFound("review", id));
    }
}
