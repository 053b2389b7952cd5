package vn.coop.sangtao.identity.user;

/**
 * One account of the demo data set; all share {@link DemoSeed#DEMO_PASSWORD}.
 *
 * @param unitTaxCode the member unit a unit representative acts for, null for other roles
 */
record DemoUser(String username, String displayName, String tenant, Role role, String unitTaxCode) {

	DemoUser(String username, String displayName, String tenant, Role role) {
		this(username, displayName, tenant, role, null);
	}

}
