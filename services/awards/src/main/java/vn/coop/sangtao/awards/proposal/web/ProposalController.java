package vn.coop.sangtao.awards.proposal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.proposal.ProposalService;
import vn.coop.sangtao.awards.proposal.ProposalStatus;
import vn.coop.sangtao.awards.proposal.Tally;
import vn.coop.sangtao.awards.rule.Verdict;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/awards/proposals")
@Tag(name = "Proposals", description = "Đề nghị khen thưởng: xét điều kiện, hội đồng bỏ phiếu, quyết định hoặc chuyển cấp trên")
class ProposalController {

    private static final String VOTERS = "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','COUNCIL_MEMBER')";
    private static final String DECIDERS = "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','NATIONAL_OFFICER')";
    /** Council members read the proposals they vote on; the ballots stay secret (only the tally is shown). */
    private static final String READERS =
            "hasAnyRole('TENANT_ADMIN','EMULATION_OFFICER','NATIONAL_OFFICER','COUNCIL_MEMBER')";

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Schema(example = """
            {"roundId":"ninh-binh:review:e1f2…","nomineeKind":"PERSON","nomineeId":"7d3a…","awardCode":"CSTDCS",
             "achievements":"Tác giả sáng kiến sấy lúa bằng năng lượng mặt trời","attestations":[]}""")
    record DraftRequest(@NotBlank @Size(max = 200) String roundId, @NotNull Nominee.Kind nomineeKind,
                        @NotBlank @Size(max = 64) String nomineeId, @NotBlank @Size(max = 30) String awardCode,
                        @Size(max = 5000) String achievements, @Size(max = 20) List<@NotBlank String> attestations) {
    }

    @Schema(example = "{\"achievements\":\"Hoàn thành vượt kế hoạch doanh thu\",\"attestations\":[\"Hoàn thành tốt nhiệm vụ và kế hoạch được giao\"]}")
    record EditRequest(@Size(max = 5000) String achievements, @Size(max = 20) List<@NotBlank String> attestations) {
    }

    @Schema(example = "{\"yes\":true,\"written\":false}")
    record BallotRequest(@NotNull Boolean yes, Boolean written, @Size(max = 100) String member) {
    }

    @Schema(example = "{\"granted\":true,\"number\":\"45/QĐ-LMHTX\",\"date\":\"2026-12-28\"}")
    record DecisionRequest(@NotNull Boolean granted, @Size(max = 60) String number, @NotNull LocalDate date,
                           @Size(max = 200) String body, @Size(max = 1000) String reason) {
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Draft a proposal in an open round",
            description = "409 already-proposed when the nominee has a live proposal for the award that year")
    ResponseEntity<Proposal> draft(@Valid @RequestBody DraftRequest request) {
        Proposal p = proposals.draft(request.roundId(), request.nomineeKind(), request.nomineeId(), request.awardCode(),
                request.achievements(), request.attestations() == null ? List.of() : request.attestations());
        return ResponseEntity.created(URI.create("/api/awards/proposals/" + p.id())).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    Proposal edit(@PathVariable String id, @Valid @RequestBody EditRequest request) {
        return proposals.edit(id, request.achievements(),
                request.attestations() == null ? List.of() : request.attestations());
    }

    @GetMapping("/{id}/eligibility")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "How the award type's rules judge the nominee now, rule by rule, in Vietnamese and English")
    Verdict eligibility(@PathVariable String id) {
        return proposals.eligibility(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Submit a draft", description = "422 hold-open while a discipline, inspection or complaint is "
            + "open; 422 not-eligible with the rules that failed")
    Proposal submit(@PathVariable String id) {
        return proposals.submit(id);
    }

    @PostMapping("/{id}/vote")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Open the council vote", description = "The council's members and marks are fixed for this vote")
    Proposal openVote(@PathVariable String id) {
        return proposals.openVote(id);
    }

    @PostMapping("/{id}/ballots")
    @PreAuthorize(VOTERS)
    @Operation(summary = "Vote, or enter an absent member's written vote",
            description = "A council member votes for themselves; an officer enters a written vote naming the member. "
                    + "Ballots are secret: the answer is the tally, never anyone's vote")
    Tally vote(@PathVariable String id, @Valid @RequestBody BallotRequest request) {
        return proposals.vote(id, request.member(), request.yes(), Boolean.TRUE.equals(request.written()));
    }

    @GetMapping("/{id}/tally")
    @PreAuthorize(Roles.MEMBERS)
    Tally tally(@PathVariable String id) {
        return proposals.tallyOf(id);
    }

    @PostMapping("/{id}/close-vote")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Close the vote: approved when the quorum and the pass mark, both on total membership, are met")
    Proposal closeVote(@PathVariable String id) {
        return proposals.closeVote(id);
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Decide an approved proposal within the alliance's authority, or a received one nationally",
            description = "422 beyond-authority: forward it instead")
    Proposal decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        return proposals.decide(id, request.granted(), request.number(), request.date(), request.reason());
    }

    @PostMapping("/{id}/forward")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Forward an approved proposal to the level that grants the award",
            description = "National awards go to the national alliance, which decides; the province sees the outcome")
    Proposal forward(@PathVariable String id) {
        return proposals.forward(id);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record what an outside body (the provincial People's Committee) decided on a forwarded proposal")
    Proposal outcome(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        return proposals.recordOutcome(id, request.granted(), request.number(), request.date(), request.body(),
                request.reason());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Proposal get(@PathVariable String id) {
        return proposals.get(id);
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<Proposal> list(@RequestParam(required = false) @Size(max = 200) String roundId,
                                @RequestParam(required = false) ProposalStatus status,
                                @RequestParam(required = false) @Size(max = 64) String nomineeId,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return proposals.list(roundId, status, nomineeId, page, size);
    }
}
