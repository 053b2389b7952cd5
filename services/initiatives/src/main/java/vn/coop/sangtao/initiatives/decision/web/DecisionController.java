package vn.coop.sangtao.initiatives.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.initiatives.decision.ClockEntry;
import vn.coop.sangtao.initiatives.decision.DecisionService;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;
import vn.coop.sangtao.initiatives.initiative.web.InitiativeResponse;
import vn.coop.sangtao.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Decisions", description = "Công nhận hoặc từ chối, thời hạn theo Nghị định 13/2012, sáng kiến tiêu biểu, "
        + "đề cử Sổ vàng sáng tạo, nhân rộng")
class DecisionController {

    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Schema(example = "{\"recognised\":true,\"level\":\"PROVINCIAL\",\"decisionNumber\":\"125/QĐ-LMHTX\","
            + "\"decisionDate\":\"2026-10-20\"}")
    record DecideRequest(boolean recognised, RecognitionLevel level, @Size(max = 60) String decisionNumber,
                         LocalDate decisionDate, @Size(max = 4000) String reasons) {
    }

    @Schema(example = "{\"year\":2026}")
    record TypicalRequest(@Min(2000) @Max(2100) int year) {
    }

    @Schema(example = "{\"year\":2026,\"letter\":\"Liên minh HTX tỉnh Ninh Bình trân trọng giới thiệu sáng kiến…\"}")
    record NominateRequest(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 8000) String letter) {
    }

    @Schema(example = "{\"unitId\":\"5c1e…\",\"adoptedOn\":\"2026-08-01\",\"benefitVnd\":60000000,"
            + "\"note\":\"Áp dụng cho 3 kho\"}")
    record AdoptRequest(@NotBlank @Size(max = 64) String unitId, @NotNull LocalDate adoptedOn,
                        @PositiveOrZero Long benefitVnd, @Size(max = 1000) String note) {
    }

    @PostMapping("/api/initiatives/initiatives/{id}/decision")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Recognise at a level with the decision's number and date, or reject with reasons",
            description = "Recognition needs the rubric's minimum of scored reviews (422 reviews-missing)")
    InitiativeResponse decide(@PathVariable String id, @Valid @RequestBody DecideRequest request) {
        return InitiativeResponse.of(decisions.decide(id, request.recognised(), request.level(),
                request.decisionNumber(), request.decisionDate(), request.reasons()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/typical")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Mark a recognised initiative as typical (tiêu biểu) of a year")
    InitiativeResponse typical(@PathVariable String id, @Valid @RequestBody TypicalRequest request) {
        return InitiativeResponse.of(decisions.markTypical(id, request.year()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/nomination")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Nominate a typical initiative for the Golden Book of Creativity",
            description = "Forwarded to the national alliance, which records the outcome")
    InitiativeResponse nominate(@PathVariable String id, @Valid @RequestBody NominateRequest request) {
        return InitiativeResponse.of(decisions.nominate(id, request.year(), request.letter()));
    }

    @PostMapping("/api/initiatives/initiatives/{id}/adoptions")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record a unit that replicated the initiative, with the benefit it measured")
    InitiativeResponse adopt(@PathVariable String id, @Valid @RequestBody AdoptRequest request) {
        return InitiativeResponse.of(decisions.adopt(id, request.unitId(), request.adoptedOn(), request.benefitVnd(),
                request.note()));
    }

    @GetMapping("/api/initiatives/clock")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The statutory clock: decisions overdue, and due within the given days",
            description = "A decision is due three months after the dossier was accepted (Decree 13/2012)")
    List<ClockEntry> clock(@RequestParam(defaultValue = "30") @Min(0) @Max(365) int dueWithinDays) {
        return decisions.clock(dueWithinDays);
    }
}
