package vn.coop.sangtao.membership.exchange;

/** Where an import job is: still applying rows, done with its report, or stopped without one. */
public enum ImportStatus { RUNNING, DONE, FAILED }
