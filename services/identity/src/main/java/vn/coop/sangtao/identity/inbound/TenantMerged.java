package vn.coop.sangtao.identity.inbound;

import java.util.Objects;

/** The fields of vn.coop.sangtao.tenant.merged.v1 that identity uses. */
record TenantMerged(String tenantId, String intoTenantId) {

	TenantMerged {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(intoTenantId, "intoTenantId");
		if (tenantId.equals(intoTenantId)) {
			throw new IllegalArgumentException("a tenant cannot be merged into itself: " + tenantId);
		}
	}

}
