package vn.coop.sangtao.membership.tenant;

public enum TenantKind { NATIONAL, PROVINCIAL }
