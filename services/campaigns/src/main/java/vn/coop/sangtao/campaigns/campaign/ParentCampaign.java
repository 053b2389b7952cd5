package vn.coop.sangtao.campaigns.campaign;

/** The national campaign a provincial campaign cascades. */
public record ParentCampaign(String tenantId, String campaignId, String code, String title) {
}
