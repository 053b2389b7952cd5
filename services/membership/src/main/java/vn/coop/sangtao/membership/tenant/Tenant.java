package vn.coop.sangtao.membership.tenant;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An alliance organisation: the national VCA, or a provincial alliance with the national one as
 * parent. A tenant is scoped to itself in the store, so its events carry its own id. A merged tenant
 * stays on record and names the tenant that absorbed it, which is how its old id keeps resolving.
 */
public record Tenant(String id, String name, TenantKind kind, String parentId, TenantStatus status,
                     LocalDate establishedOn, LocalDate endedOn, String endReason, String mergedInto,
                     List<String> absorbed, Instant createdAt, String createdBy, long version) {

    public static Tenant national(String id, String name, Instant now) {
        return new Tenant(id, name, TenantKind.NATIONAL, null, TenantStatus.ACTIVE, null, null, null, null,
                List.of(), now, "system", 0);
    }

    public static Tenant provincial(String id, String name, String nationalId, LocalDate establishedOn, Instant now,
                                    String actor) {
        return new Tenant(id, name.trim(), TenantKind.PROVINCIAL, nationalId, TenantStatus.ACTIVE, establishedOn,
                null, null, null, List.of(), now, actor, 0);
    }

    public Tenant retire(LocalDate on, String reason) {
        requireActiveProvince();
        return new Tenant(id, name, kind, parentId, TenantStatus.RETIRED, establishedOn, on, reason, null, absorbed,
                createdAt, createdBy, version);
    }

    /** The first step of a merge: the tenant is marked while its records move. */
    public Tenant startMerge(Tenant survivor, LocalDate on) {
        if (status == TenantStatus.MERGING && survivor.id().equals(mergedInto)) {
            return this;
        }
        requireActiveProvince();
        if (survivor.id().equals(id)) {
            throw ApiProblem.rule("merge-into-itself", id);
        }
        if (survivor.status() != TenantStatus.ACTIVE || survivor.kind() != TenantKind.PROVINCIAL) {
            throw ApiProblem.rule("merge-target-not-active", survivor.id());
        }
        return new Tenant(id, name, kind, parentId, TenantStatus.MERGING, establishedOn, on,
                "Sáp nhập vào " + survivor.name(), survivor.id(), absorbed, createdAt, createdBy, version);
    }

    public Tenant finishMerge() {
        return new Tenant(id, name, kind, parentId, TenantStatus.MERGED, establishedOn, endedOn, endReason,
                mergedInto, absorbed, createdAt, createdBy, version);
    }

    public Tenant absorb(String mergedId) {
        List<String> all = new ArrayList<>(absorbed == null ? List.of() : absorbed);
        if (!all.contains(mergedId)) {
            all.add(mergedId);
        }
        return new Tenant(id, name, kind, parentId, status, establishedOn, endedOn, endReason, mergedInto,
                List.copyOf(all), createdAt, createdBy, version);
    }

    private void requireActiveProvince() {
        if (kind == TenantKind.NATIONAL) {
            throw ApiProblem.rule("national-tenant-fixed");
        }
        if (status != TenantStatus.ACTIVE) {
            throw ApiProblem.rule("tenant-not-active", id, status);
        }
    }

    TenantEvent.Created created() {
        return new TenantEvent.Created(id, name, kind, parentId, establishedOn, createdAt);
    }
}
