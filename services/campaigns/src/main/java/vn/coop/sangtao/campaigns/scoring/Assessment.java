package vn.coop.sangtao.campaigns.scoring;

import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.Criterion;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A unit's score sheet in one review (chấm điểm): the unit self-assesses each criterion with
 * evidence, the officer verifies, and sign-off locks the sheet. The activity-fed criteria are
 * counted at sign-off and the counted activities are kept with the sheet.
 */
public record Assessment(String id, String tenantId, String campaignId, String reviewId, String unitId,
                         List<ItemScore> items, boolean signedOff, Instant signedOffAt, String signedOffBy,
                         List<ActivityCredit> activityCredits, long version) {

    public static final String TOPIC = "campaigns.score.events";

    static String idOf(String reviewId, String unitId) {
        return reviewId + ":" + unitId;
    }

    static Assessment start(String tenantId, String campaignId, String reviewId, String unitId) {
        return new Assessment(idOf(reviewId, unitId), tenantId, campaignId, reviewId, unitId, List.of(), false, null,
                null, null, 0);
    }

    Assessment selfAssess(Criterion criterion, double score, List<Evidence> evidence, Instant at, String by) {
        checkScorable(criterion, score);
        return with(item(criterion.code()).selfAssessed(score, evidence, at, by));
    }

    Assessment verify(Criterion criterion, double score, String note, Instant at, String by) {
        checkScorable(criterion, score);
        return with(item(criterion.code()).verified(score, note, at, by));
    }

    /** Locks the sheet once every criterion scored by hand has a verified score. */
    Assessment signOff(Campaign campaign, Map<String, List<String>> credits, Instant at, String by) {
        requireUnlocked();
        List<String> unverified = campaign.leaves().stream().filter(c -> !c.fedByActivities())
                .map(Criterion::code).filter(code -> item(code).verifiedScore() == null).toList();
        if (!unverified.isEmpty()) {
            throw ApiProblem.rule("unverified-criteria", String.join(", ", unverified));
        }
        List<ActivityCredit> counted = credits.entrySet().stream()
                .map(e -> new ActivityCredit(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new Assessment(id, tenantId, campaignId, reviewId, unitId, items, true, at, by, counted, version);
    }

    /** The activities counted at sign-off, by criterion code. */
    Map<String, List<String>> credits() {
        Map<String, List<String>> byCode = new java.util.LinkedHashMap<>();
        if (activityCredits != null) {
            activityCredits.forEach(c -> byCode.put(c.criterion(), c.activityIds()));
        }
        return byCode;
    }

    ItemScore item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(ItemScore.blank(code));
    }

    private void checkScorable(Criterion criterion, double score) {
        requireUnlocked();
        if (criterion.fedByActivities()) {
            throw ApiProblem.rule("criterion-fed-by-activities", criterion.code());
        }
        if (score < 0 || score > criterion.points()) {
            throw ApiProblem.ruleOnFields("score-out-of-range", List.of(new FieldProblem("score", "scoreRange")),
                    criterion.code(), criterion.points());
        }
    }

    private void requireUnlocked() {
        if (signedOff) {
            throw ApiProblem.rule("assessment-locked");
        }
    }

    private Assessment with(ItemScore changed) {
        List<ItemScore> all = new ArrayList<>(items.stream().filter(i -> !i.code().equals(changed.code())).toList());
        all.add(changed);
        return new Assessment(id, tenantId, campaignId, reviewId, unitId, List.copyOf(all), signedOff, signedOffAt,
                signedOffBy, activityCredits, version);
    }
}
