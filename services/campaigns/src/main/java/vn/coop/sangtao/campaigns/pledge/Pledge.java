package vn.coop.sangtao.campaigns.pledge;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's registration for a campaign with its targets (đăng ký thi đua): submitted by the unit,
 * approved by the officer or returned with a reason and sent again. One pledge per unit and
 * campaign, so its id is made of both.
 */
public record Pledge(String id, String tenantId, String campaignId, String unitId, List<Target> targets,
                     PledgeStatus status, String returnReason, List<Step> history, long version) {

    public static final String TOPIC = "campaigns.pledge.events";

    /** One target, optionally tied to the campaign content it serves. */
    public record Target(Integer contentNumber, String text) {
    }

    /** One step of the pledge's history. */
    public record Step(PledgeStatus status, Instant at, String by, String reason) {
    }

    static String idOf(String campaignId, String unitId) {
        return campaignId + ":" + unitId;
    }

    static Pledge submit(Pledge current, String tenantId, String campaignId, String unitId, List<Target> targets,
                         Instant now, String actor) {
        if (current != null && current.status == PledgeStatus.APPROVED) {
            throw ApiProblem.rule("pledge-approved");
        }
        List<Step> history = new ArrayList<>(current == null ? List.of() : current.history);
        history.add(new Step(PledgeStatus.SUBMITTED, now, actor, null));
        return new Pledge(idOf(campaignId, unitId), tenantId, campaignId, unitId, List.copyOf(targets),
                PledgeStatus.SUBMITTED, null, List.copyOf(history), current == null ? 0 : current.version);
    }

    Pledge approve(Instant now, String actor) {
        return decide(PledgeStatus.APPROVED, null, now, actor);
    }

    Pledge returnWith(String reason, Instant now, String actor) {
        return decide(PledgeStatus.RETURNED, reason.trim(), now, actor);
    }

    private Pledge decide(PledgeStatus to, String reason, Instant now, String actor) {
        if (status != PledgeStatus.SUBMITTED) {
            throw ApiProblem.rule("pledge-not-submitted", status);
        }
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(to, now, actor, reason));
        return new Pledge(id, tenantId, campaignId, unitId, targets, to, reason, List.copyOf(steps), version);
    }
}
