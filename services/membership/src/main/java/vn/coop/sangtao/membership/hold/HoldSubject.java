package vn.coop.sangtao.membership.hold;

public enum HoldSubject { UNIT, PERSON }
