package vn.coop.sangtao.initiatives.campaign;

/** What initiatives knows of a campaign, kept from campaigns' events: enough to name it in an initiative's events. */
public record KnownCampaign(String id, String tenantId, String code, String title) {
}
