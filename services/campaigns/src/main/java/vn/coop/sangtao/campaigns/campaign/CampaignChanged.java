package vn.coop.sangtao.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The payload of every campaign event: the campaign as it stands after the step, so that a
 * consumer never needs an earlier event to know it. {@code amendment} is set on amended events.
 */
public record CampaignChanged(String campaignId, String tenantId, String code, String title, LocalDate periodStart,
                              LocalDate periodEnd, List<LegalDocument> legalBasis, List<Content> contents,
                              Scope scope, ParentCampaign parent, CampaignStatus status, Amendment amendment,
                              Instant at) {

    public static final String CREATED = "vn.coop.sangtao.campaign.created.v1";
    public static final String EDITED = "vn.coop.sangtao.campaign.edited.v1";
    public static final String LAUNCHED = "vn.coop.sangtao.campaign.launched.v1";
    public static final String AMENDED = "vn.coop.sangtao.campaign.amended.v1";
    public static final String CLOSED = "vn.coop.sangtao.campaign.closed.v1";

    static CampaignChanged of(Campaign c, Amendment amendment, Instant at) {
        return new CampaignChanged(c.id(), c.tenantId(), c.code(), c.title(), c.periodStart(), c.periodEnd(),
                c.legalBasis(), c.currentContents(), c.scope(), c.parent(), c.status(), amendment, at);
    }
}
