package vn.coop.sangtao.campaigns.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.campaign.CampaignStatus;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/campaigns/campaigns")
@Tag(name = "Campaigns", description = "Phong trào thi đua: soạn, phát động, đính chính, kết thúc, triển khai từ phong trào toàn quốc")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Schema(example = "{\"reason\":\"Sửa lỗi chính tả\",\"contentNumber\":2,\"text\":\"Phát triển mô hình HTX kiểu mới\"}")
    record AmendmentRequest(@NotBlank @Size(max = 500) String reason, @Min(1) @Max(99) int contentNumber,
                            @NotBlank @Size(max = 1000) String text) {
    }

    @Schema(example = "{\"nationalCampaignId\":\"5b1d…\",\"code\":\"NB-DKST-2026\"}")
    record CascadeRequest(@NotBlank @Size(max = 64) String nationalCampaignId,
                          @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code) {
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Create a campaign as a draft",
            description = "409 duplicate-campaign-code when the code is taken in the alliance; 422 invalid-campaign "
                    + "names each field that does not hold together (period, content numbers, criteria tree)")
    ResponseEntity<Campaign> create(@Valid @RequestBody CampaignRequest request) {
        return created(campaigns.create(request.toDraft()));
    }

    @PostMapping("/cascade")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Make this province's campaign from a launched national one",
            description = "Copies title, legal basis, period, current contents and criteria, and keeps the link; "
                    + "the national alliance then sees this province's participation")
    ResponseEntity<Campaign> cascade(@Valid @RequestBody CascadeRequest request) {
        return created(campaigns.cascade(request.nationalCampaignId(), request.code()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Rewrite a draft", description = "422 campaign-frozen once launched: record an amendment instead")
    Campaign edit(@PathVariable String id, @Valid @RequestBody CampaignRequest request) {
        return campaigns.edit(id, request.toDraft());
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Launch a draft campaign; its contents are frozen from now on",
            description = "422 campaign-not-draft when it is not a draft")
    Campaign launch(@PathVariable String id) {
        return campaigns.launch(id);
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record a correction to a launched campaign's contents",
            description = "The launched contents stay as they were; currentContents applies the amendments")
    Campaign amend(@PathVariable String id, @Valid @RequestBody AmendmentRequest request) {
        return campaigns.amend(id, request.reason(), request.contentNumber(), request.text());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Roles.STAFF)
    Campaign close(@PathVariable String id) {
        return campaigns.close(id);
    }

    @GetMapping("/national")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The launched national campaigns a province may cascade")
    PageResponse<Campaign> national(@RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return campaigns.national(page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    Campaign get(@PathVariable String id) {
        return campaigns.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The alliance's campaigns, newest first; q matches code or title without accents")
    PageResponse<Campaign> list(@RequestParam(required = false) @Size(max = 100) String q,
                                @RequestParam(required = false) CampaignStatus status,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return campaigns.list(q, status, page, size);
    }

    private static ResponseEntity<Campaign> created(Campaign campaign) {
        return ResponseEntity.created(URI.create("/api/campaigns/campaigns/" + campaign.id())).body(campaign);
    }
}
