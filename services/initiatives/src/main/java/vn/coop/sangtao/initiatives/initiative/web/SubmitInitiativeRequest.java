package vn.coop.sangtao.initiatives.initiative.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;

import java.util.List;

/** Submits an initiative for screening and review. */
public record SubmitInitiativeRequest(
        @NotNull InitiativeKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 100) String field,
        @Min(2000) @Max(2100) int year,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull AuthorRequest> authors,
        @NotBlank @Size(max = 64) String applyingUnitId,
        @Size(max = 64) String campaignId) {

    Initiative.Draft toDraft() {
        List<Author> mapped = authors.stream()
                .map(a -> new Author(a.kind(), a.refId(), a.name(), a.unitId(), a.contribution())).toList();
        return new Initiative.Draft(kind, title, summary, field, year, mapped, applyingUnitId, campaignId);
    }
}
