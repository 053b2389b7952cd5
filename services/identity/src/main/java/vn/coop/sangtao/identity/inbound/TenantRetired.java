package vn.coop.sangtao.identity.inbound;

import java.util.Objects;

/** The field of vn.coop.sangtao.tenant.retired.v1 that identity uses. */
record TenantRetired(String tenantId) {

	TenantRetired {
		Objects.requireNonNull(tenantId, "tenantId");
	}

}
