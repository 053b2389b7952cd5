package vn.coop.sangtao.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Event vn.coop.sangtao.campaign.created.v1. */
public record CampaignCreated(String campaignId, String tenantId, String code, String title, LocalDate periodStart,
                              LocalDate periodEnd, List<LegalDocument> legalBasis, Instant createdAt) {

    public static final String TYPE = "vn.coop.sangtao.campaign.created.v1";
}
