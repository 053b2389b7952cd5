package vn.coop.sangtao.membership.unit;

/** The orders a unit list can be read in. */
public enum UnitSort {
    NAME("nameKey"), TAX_CODE("taxCode"), JOINED_ON("profile.joinedOn"), REGISTERED_AT("registeredAt");

    final String field;

    UnitSort(String field) {
        this.field = field;
    }
}
