package vn.coop.sangtao.initiatives.similarity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.Link;
import vn.coop.sangtao.initiatives.initiative.web.InitiativeResponse;
import vn.coop.sangtao.initiatives.similarity.Match;
import vn.coop.sangtao.initiatives.similarity.SimilarityService;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@Tag(name = "Duplicates", description = "Tìm sáng kiến tương tự (không phân biệt dấu), liên kết hoặc gộp")
class SimilarityController {

    private final SimilarityService similarity;
    private final InitiativeService initiatives;

    SimilarityController(SimilarityService similarity, InitiativeService initiatives) {
        this.similarity = similarity;
        this.initiatives = initiatives;
    }

    @Schema(example = "{\"otherInitiativeId\":\"1a2b…\",\"relation\":\"DUPLICATE_OF\"}")
    record LinkRequest(@NotBlank @Size(max = 64) String otherInitiativeId, @NotNull Link.Relation relation) {
    }

    @Schema(example = "{\"intoInitiativeId\":\"1a2b…\",\"reason\":\"Cùng giải pháp, nộp hai lần\"}")
    record MergeRequest(@NotBlank @Size(max = 64) String intoInitiativeId, @NotBlank @Size(max = 1000) String reason) {
    }

    @GetMapping("/api/initiatives/initiatives/{id}/similar")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Initiatives similar to this one, best first, with a score from 0 to 1",
            description = "Within the tenant; the national alliance matches across all provinces")
    List<Match> similarTo(@PathVariable String id, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return similarity.similarTo(initiatives.get(id), limit);
    }

    @GetMapping("/api/initiatives/similar")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Initiatives similar to a title and text, e.g. before submitting one")
    List<Match> similar(@RequestParam @NotBlank @Size(max = 300) String title,
                        @RequestParam(required = false) @Size(max = 4000) String text,
                        @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return similarity.similar(title, text, null, limit);
    }

    @PostMapping("/api/initiatives/initiatives/{id}/links")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Link this initiative to a similar one, as its duplicate or as related")
    InitiativeResponse link(@PathVariable String id, @Valid @RequestBody LinkRequest request) {
        return InitiativeResponse.of(initiatives.link(id, request.otherInitiativeId(), request.relation()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/merge")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Merge this initiative, a duplicate, into the one it repeats",
            description = "Before its decision (submitted, returned or under review): it becomes MERGED, leaves the "
                    + "statutory clock, the lists (unless status=MERGED is asked) and the duplicate checks, and keeps a "
                    + "DUPLICATE_OF link. 422 illegal-transition, link-to-itself or merge-target-unavailable (a draft "
                    + "or merged target)")
    InitiativeResponse merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        return InitiativeResponse.of(initiatives.merge(id, request.intoInitiativeId(), request.reason()));
    }
}
