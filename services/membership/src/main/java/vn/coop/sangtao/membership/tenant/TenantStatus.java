package vn.coop.sangtao.membership.tenant;

/** ACTIVE tenants work; RETIRED ones are closed; MERGING ones are moving their records; MERGED ones live on in another. */
public enum TenantStatus { ACTIVE, RETIRED, MERGING, MERGED }
