package vn.coop.sangtao.identity.inbound;

import java.util.Objects;

/** The fields of vn.coop.sangtao.tenant.created.v1 that identity uses. */
record TenantCreated(String tenantId, String name) {

	TenantCreated {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(name, "name");
	}

}
