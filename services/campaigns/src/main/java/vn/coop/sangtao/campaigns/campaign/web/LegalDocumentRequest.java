package vn.coop.sangtao.campaigns.campaign.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record LegalDocumentRequest(@NotBlank @Size(max = 60) String number,
                                   @NotNull LocalDate date,
                                   @NotBlank @Size(max = 300) String issuer) {
}
