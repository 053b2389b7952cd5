package vn.coop.sangtao.initiatives.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.council.Council;
import vn.coop.sangtao.initiatives.council.CouncilService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/initiatives/councils")
@Tag(name = "Councils", description = "Hội đồng sáng kiến, thành viên lấy từ người của đơn vị thành viên")
class CouncilController {

    private final CouncilService councils;

    CouncilController(CouncilService councils) {
        this.councils = councils;
    }

    @Schema(example = "{\"name\":\"Hội đồng sáng kiến tỉnh Ninh Bình năm 2026\"}")
    record FoundRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Schema(example = "{\"personId\":\"7d3a…\",\"username\":\"nb.council1\"}")
    record MemberRequest(@NotBlank @Size(max = 64) String personId, @NotBlank @Size(max = 100) String username) {
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    ResponseEntity<Council> found(@Valid @RequestBody FoundRequest request) {
        Council council = councils.found(request.name());
        return ResponseEntity.created(URI.create("/api/initiatives/councils/" + council.id())).body(council);
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Add a person of a member unit, with the account they review with",
            description = "422 unknown-person when membership has not announced the person")
    Council addMember(@PathVariable String id, @Valid @RequestBody MemberRequest request) {
        return councils.addMember(id, request.personId(), request.username());
    }

    @DeleteMapping("/{id}/members/{personId}")
    @PreAuthorize(Roles.STAFF)
    Council removeMember(@PathVariable String id, @PathVariable String personId) {
        return councils.removeMember(id, personId);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    Council get(@PathVariable String id) {
        return councils.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF)
    PageResponse<Council> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return councils.list(page, size);
    }
}
