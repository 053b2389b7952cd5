package vn.coop.sangtao.membership.person;

public enum Gender { FEMALE, MALE, OTHER }
