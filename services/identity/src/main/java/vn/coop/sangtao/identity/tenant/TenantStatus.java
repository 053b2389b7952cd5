package vn.coop.sangtao.identity.tenant;

/**
 * What identity knows of a tenant's life from membership's events. Only ACTIVE is ever left: a
 * retired or merged tenant stays so.
 */
public enum TenantStatus {

	ACTIVE, RETIRED, MERGED

}
