package vn.coop.sangtao.identity.tenant;

/**
 * The tenant a token names today for a stored tenant id.
 *
 * @param id the tenant to put into the {@code tenant} claim: the survivor of any mergers
 * @param retired true when that tenant is closed, so that nobody of it may get a token
 */
public record ResolvedTenant(String id, boolean retired) {

	static ResolvedTenant usable(String id) {
		return new ResolvedTenant(id, false);
	}

	static ResolvedTenant closed(String id) {
		return new ResolvedTenant(id, true);
	}

}
