package vn.coop.sangtao.campaigns.pledge;

import java.time.Instant;
import java.util.List;

/**
 * The payload of the pledge events (submitted, approved, returned): the pledge as it now stands and
 * the status it left, so that a consumer keeping counts moves the unit from one to the other.
 */
public record PledgeChanged(String pledgeId, String tenantId, String campaignId, String unitId, PledgeStatus status,
                            PledgeStatus previousStatus, List<Pledge.Target> targets, String reason, Instant at) {

    public static final String SUBMITTED = "vn.coop.sangtao.pledge.submitted.v1";
    public static final String APPROVED = "vn.coop.sangtao.pledge.approved.v1";
    public static final String RETURNED = "vn.coop.sangtao.pledge.returned.v1";

    static PledgeChanged of(Pledge pledge, PledgeStatus previous, Instant at) {
        return new PledgeChanged(pledge.id(), pledge.tenantId(), pledge.campaignId(), pledge.unitId(), pledge.status(),
                previous, pledge.targets(), pledge.returnReason(), at);
    }
}
