package vn.coop.sangtao.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;

/** Event vn.coop.sangtao.campaign.launched.v1: from now on the campaign's contents are frozen. */
public record CampaignLaunched(String campaignId, String tenantId, String code, String title, LocalDate periodStart,
                               LocalDate periodEnd, Instant launchedAt) {

    public static final String TYPE = "vn.coop.sangtao.campaign.launched.v1";
}
