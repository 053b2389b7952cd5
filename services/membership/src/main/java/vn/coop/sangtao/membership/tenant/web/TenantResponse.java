package vn.coop.sangtao.membership.tenant.web;

import vn.coop.sangtao.membership.tenant.Tenant;
import vn.coop.sangtao.membership.tenant.TenantKind;
import vn.coop.sangtao.membership.tenant.TenantStatus;

import java.time.LocalDate;
import java.util.List;

/** A tenant; {@code resolvedId} is the tenant holding its records today (itself unless merged). */
record TenantResponse(String id, String name, TenantKind kind, String parentId, TenantStatus status,
                      LocalDate establishedOn, LocalDate endedOn, String endReason, String mergedInto,
                      List<String> absorbed, String resolvedId, long version) {

    static TenantResponse of(Tenant tenant, Tenant resolved) {
        return new TenantResponse(tenant.id(), tenant.name(), tenant.kind(), tenant.parentId(), tenant.status(),
                tenant.establishedOn(), tenant.endedOn(), tenant.endReason(), tenant.mergedInto(), tenant.absorbed(),
                resolved.id(), tenant.version());
    }
}
