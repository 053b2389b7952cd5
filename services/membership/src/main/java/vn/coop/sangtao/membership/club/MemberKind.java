package vn.coop.sangtao.membership.club;

/** A club counts people and units among its members. */
public enum MemberKind { PERSON, UNIT }
