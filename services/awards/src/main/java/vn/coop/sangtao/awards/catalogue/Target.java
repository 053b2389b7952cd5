package vn.coop.sangtao.awards.catalogue;

/** Who an award goes to. */
public enum Target {
    COLLECTIVE, INDIVIDUAL
}
