package vn.coop.sangtao.membership.hold.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import vn.coop.sangtao.membership.hold.Hold;
import vn.coop.sangtao.membership.hold.HoldService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/holds")
@Tag(name = "Holds", description = "Kỷ luật, thanh tra, khiếu nại đang giải quyết: không được đề nghị khen thưởng")
class HoldController {

    private final HoldService holds;

    HoldController(HoldService holds) {
        this.holds = holds;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Open a hold on a unit or a person")
    ResponseEntity<Hold> open(@Valid @RequestBody OpenHoldRequest request) {
        Hold hold = holds.open(request.subject(), request.subjectId(), request.kind(), request.reason(),
                request.openedOn());
        return ResponseEntity.created(URI.create("/api/membership/holds/" + hold.id())).body(hold);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Close a hold with the reason", description = "422 when already closed")
    Hold close(@PathVariable String id, @Valid @RequestBody CloseHoldRequest request) {
        return holds.close(id, request.closedOn(), request.reason());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    Hold get(@PathVariable String id) {
        return holds.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Holds, newest first", description = "open=true for the open ones; subjectId for one unit or person")
    PageResponse<Hold> list(@RequestParam(required = false) @Size(max = 64) String subjectId,
                            @RequestParam(required = false) Boolean open,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return holds.list(subjectId, open, page, size);
    }
}
