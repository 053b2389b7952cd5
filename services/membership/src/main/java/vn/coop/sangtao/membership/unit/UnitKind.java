package vn.coop.sangtao.membership.unit;

/** What kind of organisation a member unit is. */
public enum UnitKind {
    COOPERATIVE, COOPERATIVE_UNION, COOPERATIVE_GROUP, ENTERPRISE, ALLIANCE_OFFICE
}
