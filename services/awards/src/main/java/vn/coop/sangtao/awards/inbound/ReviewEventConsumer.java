package vn.coop.sangtao.awards.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.review.BlockLeaders;
import vn.coop.sangtao.awards.review.ClosedReview;
import vn.coop.sangtao.awards.review.ClosedReviewRepository;
import vn.coop.sangtao.awards.review.UnitResult;
import vn.coop.sangtao.awards.round.RoundService;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

/** Keeps each closed campaign review's frozen results, from campaigns' review events, and opens its commendation round. */
@Configuration
class ReviewEventConsumer {

    static final String CLOSED = "vn.coop.sangtao.review.closed.v1";

    @Bean
    Consumer<Message<byte[]>> reviewEvents(InboundEvents inbound, ClosedReviewRepository reviews, RoundService rounds) {
        return inbound.handler(event -> {
            if (CLOSED.equals(event.type())) {
                ClosedReview review = toReview(event.tenantId(), event.read(ReviewClosedPayload.class));
                reviews.remember(review);
                rounds.openFromReview(review);
            }
        });
    }

    private static ClosedReview toReview(String tenantId, ReviewClosedPayload p) {
        return ClosedReview.of(p.reviewId(), tenantId, p.campaignId(), p.campaignCode(), p.campaignTitle(), p.kind(),
                p.title(), p.from(), p.to(), p.year(), p.closedAt(),
                p.blocks().stream().map(b -> new BlockLeaders(b.blockId(), b.blockName(), b.leaderUnitIds())).toList(),
                p.results().stream().map(r -> new UnitResult(r.unitId(), r.unitName(), r.blockId(), r.base(),
                        r.bonus(), r.total(), r.blockRank())).toList(),
                p.notAssessed());
    }
}
