package vn.coop.sangtao.membership.unit;

/** The orders a unit list can be read in: by name (accent-folded), tax code, date joined or registration time. */
public enum UnitSort { NAME, TAX_CODE, JOINED_ON, REGISTERED_AT }
