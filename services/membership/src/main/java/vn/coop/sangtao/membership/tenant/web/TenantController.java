package vn.coop.sangtao.membership.tenant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.membership.tenant.Tenant;
import vn.coop.sangtao.membership.tenant.TenantService;
import vn.coop.sangtao.membership.tenant.TenantStatus;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/tenants")
@Tag(name = "Tenants", description = "Liên minh HTX Việt Nam và các Liên minh HTX tỉnh, thành phố")
class TenantController {

    private static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

    private final TenantService tenants;

    TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    @PostMapping
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Create a provincial tenant under the national alliance",
            description = "409 when the id is taken")
    ResponseEntity<TenantResponse> create(@Valid @RequestBody CreateTenantRequest request) {
        Tenant tenant = tenants.create(request.id(), request.name(), request.establishedOn());
        return ResponseEntity.created(URI.create("/api/membership/tenants/" + tenant.id()))
                .body(TenantResponse.of(tenant, tenant));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Retire an empty tenant", description = "422 while it still holds units or people: merge it instead")
    TenantResponse retire(@PathVariable String id, @Valid @RequestBody RetireTenantRequest request) {
        Tenant retired = tenants.retire(id, request.retiredOn(), request.reason());
        return TenantResponse.of(retired, retired);
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Merge a tenant into another as of a date",
            description = "Units, people, blocks, clubs, holds, areas and their history move; ids are kept and "
                    + "the old tenant id resolves to the survivor. 409 lists conflicts, such as a tax code both hold, "
                    + "and then nothing moves. Asking again finishes a merge that was cut short.")
    TenantResponse merge(@PathVariable String id, @Valid @RequestBody MergeTenantRequest request) {
        Tenant merged = tenants.merge(id, request.into(), request.effectiveOn());
        return TenantResponse.of(merged, tenants.resolve(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A tenant, and the tenant that holds its records now",
            description = "For a merged tenant, resolvedId names the surviving tenant")
    TenantResponse get(@PathVariable String id) {
        return TenantResponse.of(tenants.get(id), tenants.resolve(id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN','NATIONAL_OFFICER')")
    PageResponse<TenantResponse> list(@RequestParam(required = false) TenantStatus status,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageResponse<Tenant> found = tenants.list(status, page, size);
        return new PageResponse<>(found.items().stream().map(t -> TenantResponse.of(t, t)).toList(), page, size,
                found.total());
    }
}
