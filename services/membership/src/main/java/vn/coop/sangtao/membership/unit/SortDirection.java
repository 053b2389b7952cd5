package vn.coop.sangtao.membership.unit;

/** Which way a list runs. */
public enum SortDirection { ASC, DESC }
