package vn.coop.sangtao.initiatives.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.initiative.Scores;
import vn.coop.sangtao.initiatives.initiative.web.InitiativeResponse;
import vn.coop.sangtao.initiatives.review.ConflictOfInterest;
import vn.coop.sangtao.initiatives.review.ReviewResult;
import vn.coop.sangtao.initiatives.review.ReviewService;
import vn.coop.sangtao.initiatives.review.Rubric;
import vn.coop.sangtao.initiatives.review.RubricRepository;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@Tag(name = "Screening and review", description = "Thẩm định hồ sơ, phân công và chấm điểm của hội đồng sáng kiến")
class ReviewController {

    private static final String COUNCIL = "hasRole('COUNCIL_MEMBER')";

    private final ReviewService reviews;
    private final RubricRepository rubrics;
    private final MessageSource messages;

    ReviewController(ReviewService reviews, RubricRepository rubrics, MessageSource messages) {
        this.reviews = reviews;
        this.rubrics = rubrics;
        this.messages = messages;
    }

    @Schema(example = "{\"reasons\":[\"Thiếu xác nhận của đơn vị áp dụng\",\"Chưa có số liệu hiệu quả kinh tế\"]}")
    record ReturnRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    @Schema(example = "{\"councilId\":\"c4e1…\",\"personIds\":[],\"blind\":true}")
    record AssignRequest(@NotBlank @Size(max = 64) String councilId, @Size(max = 30) List<String> personIds,
                         Boolean blind) {
    }

    @Schema(example = "{\"novelty\":80,\"applicability\":90,\"effectiveness\":75,\"comment\":\"Dễ nhân rộng\"}")
    record ScoreRequest(@Min(0) @Max(100) int novelty, @Min(0) @Max(100) int applicability,
                        @Min(0) @Max(100) int effectiveness, @Size(max = 4000) String comment) {
    }

    @Schema(example = "{\"reason\":\"Tôi từng tư vấn cho nhóm tác giả\"}")
    record RecusalRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The assignment, with each excluded member and the localized reason. */
    record AssignmentResponse(InitiativeResponse initiative, List<Excluded> excluded) {
        record Excluded(String personId, String name, ConflictOfInterest.Reason code, String reason) {
        }
    }

    @PostMapping("/api/initiatives/initiatives/{id}/accept")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Screening: the dossier is complete", description = "Starts the statutory three-month clock")
    InitiativeResponse accept(@PathVariable String id) {
        return InitiativeResponse.of(reviews.accept(id));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/return")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Screening: return the dossier for completion, with reasons")
    InitiativeResponse returnForCompletion(@PathVariable String id, @Valid @RequestBody ReturnRequest request) {
        return InitiativeResponse.of(reviews.returnForCompletion(id, request.reasons()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/reviewers")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Assign the council's reviewers",
            description = "Members who are authors, or belong to an author's unit, are excluded and listed with "
                    + "the reason; 422 too-few-reviewers when fewer than the rubric's minimum remain")
    AssignmentResponse assign(@PathVariable String id, @Valid @RequestBody AssignRequest request) {
        ReviewService.Assignment assignment = reviews.assign(id, request.councilId(), request.personIds(),
                request.blind());
        return new AssignmentResponse(InitiativeResponse.of(assignment.initiative()), assignment.excluded().stream()
                .map(e -> new AssignmentResponse.Excluded(e.personId(), e.name(), e.reason(), messages.getMessage(
                        "coi." + e.reason().name(), new Object[]{e.authorName()}, LocaleContextHolder.getLocale())))
                .toList());
    }

    @PostMapping("/api/initiatives/initiatives/{id}/reviews")
    @PreAuthorize(COUNCIL)
    @Operation(summary = "Score the initiative as an assigned reviewer",
            description = "403 not-a-reviewer for a council member who is not assigned")
    InitiativeResponse score(@PathVariable String id, @Valid @RequestBody ScoreRequest request) {
        return InitiativeResponse.of(reviews.score(id, new Scores(request.novelty(), request.applicability(),
                request.effectiveness()), request.comment()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/recusal")
    @PreAuthorize(COUNCIL)
    @Operation(summary = "Recuse yourself from reviewing, with the reason")
    InitiativeResponse recuse(@PathVariable String id, @Valid @RequestBody RecusalRequest request) {
        return InitiativeResponse.of(reviews.recuse(id, request.reason()));
    }

    @GetMapping("/api/initiatives/initiatives/{id}/result")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The council's result: each score, the weights and how they were combined")
    ReviewResult result(@PathVariable String id) {
        return reviews.result(id);
    }

    @GetMapping("/api/initiatives/settings/rubric")
    @PreAuthorize(Roles.MEMBERS)
    Rubric rubric() {
        return rubrics.current();
    }

    @PutMapping("/api/initiatives/settings/rubric")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Set the tenant's weights (summing to 100), pass mark, minimum reviews and blind default")
    Rubric setRubric(@Valid @RequestBody RubricRequest request) {
        return rubrics.set(new Rubric(request.noveltyWeight(), request.applicabilityWeight(),
                request.effectivenessWeight(), request.passMark(), request.minimumReviews(), request.blindByDefault()));
    }

    @Schema(example = "{\"noveltyWeight\":40,\"applicabilityWeight\":30,\"effectivenessWeight\":30,\"passMark\":65,"
            + "\"minimumReviews\":3,\"blindByDefault\":true}")
    record RubricRequest(@Min(0) @Max(100) int noveltyWeight, @Min(0) @Max(100) int applicabilityWeight,
                         @Min(0) @Max(100) int effectivenessWeight, @Min(0) @Max(100) double passMark,
                         @Min(3) @Max(15) int minimumReviews, boolean blindByDefault) {
    }
}
