package vn.coop.sangtao.initiatives.initiative;

/**
 * Where an initiative stands: a draft, submitted for screening, returned for completion, accepted
 * and under council review (the statutory clock runs), then recognised or rejected. Marking it
 * typical and nominating it for the Golden Book are recorded beside the status of a recognised one.
 * A duplicate an officer merged into the initiative it repeats is MERGED, for good.
 */
public enum InitiativeStatus {
    DRAFT, SUBMITTED, RETURNED, UNDER_REVIEW, RECOGNISED, REJECTED, MERGED
}
