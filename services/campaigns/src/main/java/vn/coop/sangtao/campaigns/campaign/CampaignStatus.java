package vn.coop.sangtao.campaigns.campaign;

/** draft → launched → closed. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, CLOSED
}
