package vn.coop.sangtao.campaigns.review;

/** The reviews of a campaign: 6-month (sơ kết), year-end (tổng kết), or one called for an event. */
public enum ReviewKind {
    SIX_MONTH, YEAR_END, EVENT
}
