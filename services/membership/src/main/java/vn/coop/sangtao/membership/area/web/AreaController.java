package vn.coop.sangtao.membership.area.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.coop.sangtao.membership.area.Area;
import vn.coop.sangtao.membership.area.AreaLevel;
import vn.coop.sangtao.membership.area.AreaService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/membership/areas")
@Tag(name = "Areas", description = "Địa bàn: tỉnh → huyện → xã/phường trước 01/07/2025, tỉnh → xã/phường từ ngày đó")
class AreaController {

    private final AreaService areas;
    private final Clock clock;

    AreaController(AreaService areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Define an area with its validity",
            description = "422 when the parent is of the wrong level for the era, or not valid over the whole period")
    ResponseEntity<Area> define(@Valid @RequestBody DefineAreaRequest request) {
        Area area = areas.define(request.code(), request.name(), request.level(), request.parentId(),
                request.validFrom(), request.validTo());
        return ResponseEntity.created(URI.create("/api/membership/areas/" + area.id())).body(area);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "End an area on its last valid day", description = "422 while a child outlives it")
    Area close(@PathVariable String id, @Valid @RequestBody CloseAreaRequest request) {
        return areas.close(id, request.validTo());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    Area get(@PathVariable String id) {
        return areas.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Areas valid on a date", description = "asOf defaults to today")
    PageResponse<Area> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @RequestParam(required = false) AreaLevel level,
                            @RequestParam(required = false) String parentId,
                            @RequestParam(required = false) @Size(max = 100) String q,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return areas.list(day(asOf), level, parentId, q, page, size);
    }

    @GetMapping("/tree")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The area tree as it stood on a date",
            description = "Before 2025-07-01: province → district → commune/ward; from it: province → commune/ward")
    List<AreaNode> tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return AreaNode.forest(areas.validOnDay(day(asOf)));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
