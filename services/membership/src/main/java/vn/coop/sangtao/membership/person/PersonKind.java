package vn.coop.sangtao.membership.person;

/** Cán bộ, thành viên HTX, người lao động. */
public enum PersonKind { CADRE, MEMBER, WORKER }
