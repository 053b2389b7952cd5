package vn.coop.sangtao.identity.user;

/**
 * The platform roles. Tokens carry the bare names; services map them to authorities themselves.
 */
public enum Role {

	PLATFORM_ADMIN, NATIONAL_OFFICER, TENANT_ADMIN, EMULATION_OFFICER, COUNCIL_MEMBER, UNIT_REP, MEMBER, INTEGRATION;

	/** The Spring Security authority, prefixed so that {@code hasRole} works inside identity. */
	public String authority() {
		return "ROLE_" + name();
	}

}
