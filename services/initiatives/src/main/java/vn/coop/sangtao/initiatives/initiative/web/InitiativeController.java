package vn.coop.sangtao.initiatives.initiative.web;

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
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/initiatives/initiatives")
@Tag(name = "Initiatives", description = "Sáng kiến, ý tưởng, mô hình, cách làm sáng tạo")
class InitiativeController {

    private final InitiativeService initiatives;

    InitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping
    @PreAuthorize(Roles.SUBMITTERS)
    @Operation(summary = "Submit an initiative",
            description = "422 when a named unit is not a member unit of the alliance or contributions do not sum to 100")
    ResponseEntity<InitiativeResponse> submit(@Valid @RequestBody SubmitInitiativeRequest request) {
        Initiative initiative = initiatives.submit(request.toDraft());
        return ResponseEntity.created(URI.create("/api/initiatives/initiatives/" + initiative.id()))
                .body(InitiativeResponse.of(initiative));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    InitiativeResponse get(@PathVariable String id) {
        return InitiativeResponse.of(initiatives.get(id));
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "List initiatives", description = "Newest first; q matches the title without accents")
    PageResponse<InitiativeResponse> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                  @RequestParam(required = false) @Size(max = 100) String q,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageResponse<Initiative> found = initiatives.search(year, q, page, size);
        return new PageResponse<>(found.items().stream().map(InitiativeResponse::of).toList(), page, size,
                found.total());
    }
}
