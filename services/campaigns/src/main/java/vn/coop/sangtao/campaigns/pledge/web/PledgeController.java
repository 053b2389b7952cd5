package vn.coop.sangtao.campaigns.pledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.coop.sangtao.campaigns.pledge.Pledge;
import vn.coop.sangtao.campaigns.pledge.PledgeService;
import vn.coop.sangtao.campaigns.pledge.PledgeStatus;
import vn.coop.sangtao.campaigns.pledge.UnitPledge;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/campaigns/campaigns/{campaignId}/pledges")
@Tag(name = "Pledges", description = "Đăng ký thi đua của đơn vị: gửi, duyệt hoặc trả lại kèm lý do")
class PledgeController {

    private final PledgeService pledges;

    PledgeController(PledgeService pledges) {
        this.pledges = pledges;
    }

    record TargetRequest(@Min(1) @Max(99) Integer contentNumber, @NotBlank @Size(max = 1000) String text) {
    }

    @Schema(example = "{\"targets\":[{\"contentNumber\":1,\"text\":\"Cử 5 thành viên dự tập huấn kỹ thuật\"}]}")
    record PledgeRequest(@NotEmpty @Size(max = 30) List<@Valid @NotNull TargetRequest> targets) {
    }

    @Schema(example = "{\"reason\":\"Chỉ tiêu doanh thu chưa có số liệu năm trước\"}")
    record ReturnRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @PutMapping("/{unitId}")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Send the unit's pledge with its targets, or send it again after a return",
            description = "A unit representative sends only their own unit's (403 not-your-unit); 422 "
                    + "unit-out-of-scope, campaign-not-launched or pledge-approved")
    Pledge submit(@PathVariable String campaignId, @PathVariable String unitId,
                  @Valid @RequestBody PledgeRequest request) {
        return pledges.submit(campaignId, unitId, request.targets().stream()
                .map(t -> new Pledge.Target(t.contentNumber(), t.text().trim())).toList());
    }

    @PostMapping("/{unitId}/approve")
    @PreAuthorize(Roles.STAFF)
    Pledge approve(@PathVariable String campaignId, @PathVariable String unitId) {
        return pledges.approve(campaignId, unitId);
    }

    @PostMapping("/{unitId}/return")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Return a pledge to the unit with the reason", description = "422 pledge-not-submitted")
    Pledge returnWith(@PathVariable String campaignId, @PathVariable String unitId,
                      @Valid @RequestBody ReturnRequest request) {
        return pledges.returnWith(campaignId, unitId, request.reason());
    }

    @GetMapping("/{unitId}")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    Pledge get(@PathVariable String campaignId, @PathVariable String unitId) {
        return pledges.get(campaignId, unitId);
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Every unit in the campaign's scope with where its pledge stands",
            description = "NOT_SENT for the units that have sent none; by unit name")
    PageResponse<UnitPledge> board(@PathVariable String campaignId,
                                   @RequestParam(required = false) PledgeStatus status,
                                   @RequestParam(required = false) @Size(max = 64) String blockId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return pledges.board(campaignId, status, blockId, page, size);
    }
}
