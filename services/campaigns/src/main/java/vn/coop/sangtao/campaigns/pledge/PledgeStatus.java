package vn.coop.sangtao.campaigns.pledge;

/** Where a unit's pledge stands; NOT_SENT is shown for units in scope that have sent none. */
public enum PledgeStatus {
    NOT_SENT, SUBMITTED, RETURNED, APPROVED
}
