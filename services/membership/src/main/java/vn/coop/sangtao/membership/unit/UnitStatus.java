package vn.coop.sangtao.membership.unit;

/** Membership status of a unit. */
public enum UnitStatus {
    ACTIVE, SUSPENDED, WITHDRAWN
}
