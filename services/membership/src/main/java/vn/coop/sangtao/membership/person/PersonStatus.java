package vn.coop.sangtao.membership.person;

public enum PersonStatus { ACTIVE, LEFT }
