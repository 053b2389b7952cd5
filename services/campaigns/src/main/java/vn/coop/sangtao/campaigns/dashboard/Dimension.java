package vn.coop.sangtao.campaigns.dashboard;

/** What a campaign's participation figures are broken down by. PROVINCE rows live in the national tenant. */
public enum Dimension {
    TOTAL, BLOCK, AREA, CONTENT, PROVINCE
}
