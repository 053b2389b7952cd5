package vn.coop.sangtao.campaigns.scoring;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.campaigns.activity.ActivityService;
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.campaign.Criterion;
import vn.coop.sangtao.campaigns.membership.KnownUnit;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.campaigns.membership.UnitAccessService;
import vn.coop.sangtao.campaigns.review.ReviewPeriod;
import vn.coop.sangtao.campaigns.review.ReviewRepository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Scoring in a review: units self-assess, officers verify, sign-off locks; every score card explains itself. */
@Service
public class ScoringService {

    private final Aggregates<Assessment> sheets;
    private final ReviewRepository reviews;
    private final CampaignService campaigns;
    private final ActivityService activities;
    private final MembershipRepository directory;
    private final UnitAccessService access;
    private final Clock clock;

    ScoringService(AggregateStore store, EventFactory events, ReviewRepository reviews, CampaignService campaigns,
                   ActivityService activities, MembershipRepository directory, UnitAccessService access, Clock clock) {
        this.sheets = new Aggregates<>(store, events, "assessments", Assessment.TOPIC, Assessment.class,
                Assessment::id);
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.activities = activities;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** The unit (or the officer for it) claims a score for a criterion, with its evidence. */
    public Scorecard selfAssess(String reviewId, String unitId, String code, double score, List<Evidence> evidence) {
        return change(reviewId, unitId, ScoreChanged.SELF_ASSESSED, code, score, (campaign, sheet) ->
                sheet.selfAssess(campaign.leaf(code), score, evidence, clock.instant(), Actor.current()));
    }

    /** The officer sets the score a criterion counts with, and may say why. */
    public Scorecard verify(String reviewId, String unitId, String code, double score, String note) {
        return change(reviewId, unitId, ScoreChanged.VERIFIED, code, score, (campaign, sheet) ->
                sheet.verify(campaign.leaf(code), score, note, clock.instant(), Actor.current()));
    }

    /** Locks the sheet, counting the activity-fed criteria as they stand now. */
    public Scorecard signOff(String reviewId, String unitId) {
        ReviewPeriod review = reviews.get(reviewId);
        Campaign campaign = campaigns.get(review.campaignId());
        Assessment current = sheet(review, unitId);
        Assessment locked = current.signOff(campaign, liveCredits(campaign, review, unitId), clock.instant(),
                Actor.current());
        Scorecard card = Scorecard.of(campaign, locked, unitName(unitId), locked.credits());
        store(current, locked, ScoreChanged.SIGNED_OFF, new ScoreChanged(locked.id(), locked.tenantId(),
                campaign.id(), reviewId, unitId, null, null, card.total(), clock.instant()));
        return card;
    }

    /** A unit's score card: live while the sheet is open, as locked after sign-off. */
    public Scorecard scorecard(String reviewId, String unitId) {
        access.requireVisible(unitId);
        ReviewPeriod review = reviews.get(reviewId);
        Campaign campaign = campaigns.get(review.campaignId());
        Assessment sheet = sheets.find(Assessment.idOf(reviewId, unitId))
                .orElse(Assessment.start(TenantContext.require(), campaign.id(), reviewId, unitId));
        Map<String, List<String>> credits = sheet.signedOff() ? sheet.credits()
                : liveCredits(campaign, review, unitId);
        return Scorecard.of(campaign, sheet, unitName(unitId), credits);
    }

    /** The signed-off score cards of a review, for closing it. */
    public List<Scorecard> signedOff(ReviewPeriod review, Campaign campaign, Map<String, KnownUnit> units) {
        return sheets.find(where("reviewId").is(review.id()).and("signedOff").is(true), Sort.by("_id"), 0, 100_000)
                .stream().map(s -> Scorecard.of(campaign, s, units.containsKey(s.unitId())
                        ? units.get(s.unitId()).name() : null, s.credits())).toList();
    }

    private interface SheetChange {
        Assessment apply(Campaign campaign, Assessment sheet);
    }

    private Scorecard change(String reviewId, String unitId, String type, String code, double score,
                             SheetChange change) {
        ReviewPeriod review = reviews.get(reviewId);
        Campaign campaign = campaigns.get(review.campaignId());
        Assessment current = sheet(review, unitId);
        Assessment changed = change.apply(campaign, current);
        store(current, changed, type, new ScoreChanged(changed.id(), changed.tenantId(), campaign.id(), reviewId,
                unitId, code, score, null, clock.instant()));
        return scorecard(reviewId, unitId);
    }

    /** The unit's sheet in an open review of a running campaign, started if the unit has none yet. */
    private Assessment sheet(ReviewPeriod review, String unitId) {
        review.requireOpen();
        Campaign campaign = campaigns.get(review.campaignId());
        campaign.requireLaunched();
        KnownUnit unit = access.requireManaged(unitId);
        if (!directory.inScope(unit, campaign.scope(), campaign.year())) {
            throw ApiProblem.rule("unit-out-of-scope", unit.name(), campaign.code());
        }
        return sheets.find(Assessment.idOf(review.id(), unitId))
                .orElse(Assessment.start(TenantContext.require(), campaign.id(), review.id(), unitId));
    }

    private void store(Assessment current, Assessment changed, String type, ScoreChanged event) {
        if (sheets.find(current.id()).isEmpty()) {
            sheets.insert(changed, type, event);
        } else {
            sheets.save(changed, current.version(), type, event);
        }
    }

    /** For each activity-fed criterion, the activities of its kind the unit took part in during the review. */
    private Map<String, List<String>> liveCredits(Campaign campaign, ReviewPeriod review, String unitId) {
        Map<String, List<String>> credits = new LinkedHashMap<>();
        for (Criterion c : campaign.leaves()) {
            if (c.fedByActivities()) {
                credits.put(c.code(), activities.attendedBy(unitId, c.activity().kind(), review.from(), review.to()));
            }
        }
        return credits;
    }

    private String unitName(String unitId) {
        return directory.unit(unitId).map(KnownUnit::name).orElse(null);
    }
}
