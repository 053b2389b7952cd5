package vn.coop.sangtao.membership.unit.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitFilter;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/units")
@Tag(name = "Member units", description = "Đơn vị thành viên: HTX, liên hiệp HTX, tổ hợp tác, doanh nghiệp")
class UnitController {

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Register a member unit", description = "409 when the tax code is already registered")
    ResponseEntity<UnitResponse> register(@Valid @RequestBody RegisterUnitRequest request) {
        MemberUnit unit = units.register(request.taxCode(), request.profile());
        return ResponseEntity.created(URI.create("/api/membership/units/" + unit.id())).body(UnitResponse.of(unit));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Correct a unit's details",
            description = "version is the one read; 409 when someone changed the unit since. A unit representative "
                    + "may correct only their own unit (403 otherwise).")
    UnitResponse update(@PathVariable String id, @RequestParam @Min(0) long version,
                        @Valid @RequestBody UpdateUnitRequest request) {
        return UnitResponse.of(units.update(id, version, request.profile()));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record a new membership status from a date",
            description = "Active, suspended or withdrawn; the history keeps every change")
    UnitResponse changeStatus(@PathVariable String id, @Valid @RequestBody ChangeStatusRequest request) {
        return UnitResponse.of(units.changeStatus(id, request.status(), request.effectiveFrom(), request.reason()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    UnitResponse get(@PathVariable String id) {
        return UnitResponse.of(units.get(id));
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Search member units",
            description = "q matches the name without accents, or the start of a tax code; filters by kind, sector, "
                    + "status, area (with the areas below it) and block; sort=NAME|TAX_CODE|JOINED_ON|REGISTERED_AT, "
                    + "direction=ASC|DESC")
    PageResponse<UnitResponse> search(@Valid UnitFilter filter,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageResponse<MemberUnit> found = units.search(filter, page, size);
        return new PageResponse<>(found.items().stream().map(UnitResponse::of).toList(), page, size, found.total());
    }
}
