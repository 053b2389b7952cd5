package vn.coop.sangtao.initiatives.initiative.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Sort;
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
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeFilter;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.Revision;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/initiatives/initiatives")
@Tag(name = "Initiatives", description = "Sáng kiến, ý tưởng, mô hình, cách làm sáng tạo: soạn thảo, nộp, chỉnh sửa")
class InitiativeController {

    private final InitiativeService initiatives;

    InitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Submit an initiative, or save it as a draft with submit=false",
            description = "422 when a named unit is not a member unit of the alliance or contributions do not sum to 100")
    ResponseEntity<InitiativeResponse> create(@Valid @RequestBody SubmitInitiativeRequest request,
                                              @RequestParam(defaultValue = "true") boolean submit) {
        Initiative initiative = initiatives.create(request.toDraft(), submit);
        return ResponseEntity.created(URI.create("/api/initiatives/initiatives/" + initiative.id()))
                .body(InitiativeResponse.of(initiative));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Edit a draft, or revise a submitted initiative",
            description = "Its creator or staff; after submission every change is kept as a numbered revision. "
                    + "version is the one read (409 when stale)")
    InitiativeResponse edit(@PathVariable String id, @RequestParam @Min(0) long version,
                            @Valid @RequestBody SubmitInitiativeRequest request) {
        return InitiativeResponse.of(initiatives.edit(id, version, request.toDraft()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Submit a draft, or resubmit a dossier returned for completion",
            description = "422 illegal-transition from any other state")
    InitiativeResponse submit(@PathVariable String id) {
        return InitiativeResponse.of(initiatives.submit(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    InitiativeResponse get(@PathVariable String id) {
        return InitiativeResponse.of(initiatives.get(id));
    }

    @GetMapping("/{id}/revisions")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Every kept revision of a submitted initiative, oldest first")
    List<Revision> revisions(@PathVariable String id) {
        InitiativeResponse visible = InitiativeResponse.of(initiatives.get(id));
        if (visible.contentHidden() || visible.authorsHidden()) {
            throw ApiProblem.forbidden("revisions-hidden");
        }
        return initiatives.get(id).revisions();
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Search initiatives",
            description = "q matches title, summary and solution without accents; filters by year, kind, field, "
                    + "status, campaign, unit (applying or authoring) and typical; sort=submittedAt|title|year, "
                    + "direction=ASC|DESC (newest first by default)")
    PageResponse<InitiativeResponse> list(@Valid InitiativeFilter filter,
                                          @RequestParam(defaultValue = "submittedAt") InitiativeSort sort,
                                          @RequestParam(defaultValue = "DESC") Sort.Direction direction,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageResponse<Initiative> found = initiatives.search(filter, new Sort.Order(direction, sort.field), page, size);
        return new PageResponse<>(found.items().stream().map(InitiativeResponse::of).toList(), page, size,
                found.total());
    }

    /** The orders a list can be read in. */
    enum InitiativeSort {
        submittedAt("submittedAt"), title("titleKey"), year("year"), createdAt("createdAt");

        final String field;

        InitiativeSort(String field) {
            this.field = field;
        }
    }
}
