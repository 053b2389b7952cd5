package vn.coop.sangtao.campaigns.review;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.membership.KnownUnit;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.campaigns.scoring.Scorecard;
import vn.coop.sangtao.campaigns.scoring.ScoringService;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Opening and closing a campaign's reviews; closing freezes results and rankings and tells awards. */
@Service
public class ReviewService {

    private final Aggregates<ReviewPeriod> reviews;
    private final ReviewRepository periods;
    private final CampaignService campaigns;
    private final ScoringService scoring;
    private final MembershipRepository directory;
    private final Clock clock;

    ReviewService(ReviewRepository periods, CampaignService campaigns, ScoringService scoring,
                  MembershipRepository directory, Clock clock) {
        this.reviews = periods.store();
        this.periods = periods;
        this.campaigns = campaigns;
        this.scoring = scoring;
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens a review of a running campaign; one of each kind may be open at a time. */
    public ReviewPeriod open(String campaignId, ReviewKind kind, String title, LocalDate from, LocalDate to) {
        Campaign campaign = campaigns.get(campaignId);
        campaign.requireLaunched();
        if (to.isBefore(from)) {
            throw ApiProblem.ruleOnFields("invalid-review-period", List.of(new FieldProblem("to", "endBeforeStart")));
        }
        if (reviews.count(where("campaignId").is(campaignId).and("kind").is(kind).and("open").is(true)) > 0) {
            throw ApiProblem.rule("review-already-open", kind);
        }
        Instant now = clock.instant();
        ReviewPeriod review = new ReviewPeriod(UUID.randomUUID().toString(), TenantContext.require(), campaignId, kind,
                title.trim(), from, to, true, now, Actor.current(), null, null, List.of(), List.of(), List.of(), 0);
        reviews.insert(review, ReviewOpened.TYPE, new ReviewOpened(review.id(), review.tenantId(), campaignId, kind,
                review.title(), from, to, now));
        return review;
    }

    /**
     * Closes the review: the signed-off score cards become its results, ranked within each block, and
     * the units in scope without one are listed as not assessed. Nothing about the review changes after.
     */
    public ReviewPeriod close(String id) {
        ReviewPeriod review = periods.get(id);
        review.requireOpen();
        Campaign campaign = campaigns.get(review.campaignId());
        Standing standing = standing(review, campaign);
        Instant now = clock.instant();
        ReviewPeriod closed = review.closed(now, Actor.current(), standing.blocks(), standing.results(),
                standing.notAssessed());
        return reviews.save(closed, review.version(), ReviewClosed.TYPE, new ReviewClosed(id, closed.tenantId(),
                campaign.id(), campaign.code(), campaign.title(), review.kind(), review.title(), review.from(),
                review.to(), campaign.year(), standing.blocks(), standing.results(), standing.notAssessed(), now));
    }

    public ReviewPeriod get(String id) {
        return periods.get(id);
    }

    /** The review's rankings: frozen once closed, as the signed-off sheets stand while it is open. */
    public ReviewPeriod standingOf(String id) {
        ReviewPeriod review = periods.get(id);
        if (!review.open()) {
            return review;
        }
        Standing standing = standing(review, campaigns.get(review.campaignId()));
        return new ReviewPeriod(review.id(), review.tenantId(), review.campaignId(), review.kind(), review.title(),
                review.from(), review.to(), true, review.openedAt(), review.openedBy(), null, null, standing.blocks(),
                standing.results(), standing.notAssessed(), review.version());
    }

    public PageResponse<ReviewPeriod> list(String campaignId, int page, int size) {
        return reviews.page(campaignId == null ? null : where("campaignId").is(campaignId),
                Sort.by(Sort.Direction.DESC, "from").and(Sort.by("_id")), page, size);
    }

    private record Standing(List<BlockRanking> blocks, List<UnitResult> results, List<String> notAssessed) {
    }

    private Standing standing(ReviewPeriod review, Campaign campaign) {
        List<KnownUnit> inScope = directory.unitsInScope(campaign.scope(), campaign.year());
        Map<String, KnownUnit> units = inScope.stream().collect(Collectors.toMap(KnownUnit::id, Function.identity()));
        List<UnitResult> results = scoring.signedOff(review, campaign, units).stream()
                .filter(card -> units.containsKey(card.unitId()))
                .map(card -> result(card, units.get(card.unitId()).blockIn(campaign.year()))).toList();
        List<BlockRanking> blocks = Rankings.byBlock(results, directory.blocks(campaign.year()));
        Set<String> assessed = new HashSet<>(results.stream().map(UnitResult::unitId).toList());
        List<String> notAssessed = inScope.stream().map(KnownUnit::id).filter(u -> !assessed.contains(u)).sorted()
                .toList();
        return new Standing(blocks, Rankings.withRanks(results, blocks), notAssessed);
    }

    private static UnitResult result(Scorecard card, String blockId) {
        return new UnitResult(card.unitId(), card.unitName(), blockId, card.base(), card.bonus(), card.total(), null);
    }
}
