package vn.coop.sangtao.membership.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The events of tenants, on {@value #TOPIC}; identity and the other services follow them. */
public final class TenantEvent {

    public static final String TOPIC = "membership.tenant.events";
    public static final String CREATED = "vn.coop.sangtao.tenant.created.v1";
    public static final String RETIRED = "vn.coop.sangtao.tenant.retired.v1";
    public static final String MERGED = "vn.coop.sangtao.tenant.merged.v1";

    private TenantEvent() {
    }

    public record Created(String tenantId, String name, TenantKind kind, String parentId, LocalDate establishedOn,
                          Instant createdAt) {
    }

    public record Retired(String tenantId, LocalDate retiredOn, String reason) {
    }

    /** {@code moved} counts the records of each kind that now belong to {@code intoTenantId}. */
    public record Merged(String tenantId, String intoTenantId, LocalDate effectiveOn, Map<String, Long> moved) {
    }
}
