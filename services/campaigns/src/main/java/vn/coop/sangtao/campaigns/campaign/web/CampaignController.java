package vn.coop.sangtao.campaigns.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.campaign.LegalDocument;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/campaigns/campaigns")
@Tag(name = "Campaigns", description = "Phong trào thi đua")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Create a campaign as a draft", description = "409 when the code is taken in the alliance")
    ResponseEntity<Campaign> create(@Valid @RequestBody CreateCampaignRequest request) {
        List<LegalDocument> basis = request.legalBasis() == null ? List.of() : request.legalBasis().stream()
                .map(d -> new LegalDocument(d.number(), d.date(), d.issuer())).toList();
        Campaign campaign = campaigns.create(request.code(), request.title(), basis, request.periodStart(),
                request.periodEnd());
        return ResponseEntity.created(URI.create("/api/campaigns/campaigns/" + campaign.id())).body(campaign);
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Launch a draft campaign", description = "422 when it is not a draft")
    Campaign launch(@PathVariable String id) {
        return campaigns.launch(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    Campaign get(@PathVariable String id) {
        return campaigns.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    PageResponse<Campaign> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return campaigns.list(page, size);
    }
}
