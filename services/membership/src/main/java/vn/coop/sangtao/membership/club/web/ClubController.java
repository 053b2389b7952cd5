package vn.coop.sangtao.membership.club.web;

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
import vn.coop.sangtao.membership.club.Club;
import vn.coop.sangtao.membership.club.ClubService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/clubs")
@Tag(name = "Clubs", description = "Câu lạc bộ \"Khởi nghiệp, sáng tạo\"")
class ClubController {

    private final ClubService clubs;

    ClubController(ClubService clubs) {
        this.clubs = clubs;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Found a club hosted by a unit")
    ResponseEntity<ClubResponse> found(@Valid @RequestBody FoundClubRequest request) {
        Club club = clubs.found(request.name(), request.hostUnitId(), request.foundedOn());
        return ResponseEntity.created(URI.create("/api/membership/clubs/" + club.id())).body(ClubResponse.of(club, clubs));
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "A person or unit joins the club", description = "409 when already a member")
    ClubResponse join(@PathVariable String id, @Valid @RequestBody JoinClubRequest request) {
        return ClubResponse.of(clubs.join(id, request.kind(), request.memberId(), request.joinedOn()), clubs);
    }

    @PostMapping("/{id}/members/{memberId}/leave")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "A member leaves the club; the past membership stays on record")
    ClubResponse leave(@PathVariable String id, @PathVariable String memberId,
                       @Valid @RequestBody LeaveClubRequest request) {
        return ClubResponse.of(clubs.leave(id, memberId, request.leftOn()), clubs);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    ClubResponse get(@PathVariable String id) {
        return ClubResponse.of(clubs.get(id), clubs);
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Clubs with their members", description = "q matches the club name without accents")
    PageResponse<ClubResponse> list(@RequestParam(required = false) @Size(max = 100) String q,
                                    @RequestParam(required = false) @Size(max = 64) String hostUnitId,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageResponse<Club> found = clubs.list(q, hostUnitId, page, size);
        return new PageResponse<>(found.items().stream().map(c -> ClubResponse.of(c, clubs)).toList(), page, size,
                found.total());
    }
}
