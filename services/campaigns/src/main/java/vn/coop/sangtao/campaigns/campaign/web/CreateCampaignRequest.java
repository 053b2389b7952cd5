package vn.coop.sangtao.campaigns.campaign.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Creates a campaign as a draft. */
public record CreateCampaignRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20) List<@Valid @NotNull LegalDocumentRequest> legalBasis,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd) {
}
