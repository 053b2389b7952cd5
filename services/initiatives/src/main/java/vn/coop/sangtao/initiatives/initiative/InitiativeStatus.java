package vn.coop.sangtao.initiatives.initiative;

/** Where an initiative stands in its workflow. */
public enum InitiativeStatus {
    SUBMITTED
}
