package vn.coop.sangtao.initiatives.initiative.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.Content;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;

import java.time.LocalDate;
import java.util.List;

/** An initiative as its authors write it, for a new draft, a submission or a revision. */
@Schema(example = """
        {"kind":"INITIATIVE","title":"Sấy lúa bằng năng lượng mặt trời",
         "summary":"Lò sấy dùng tấm thu nhiệt mặt trời giảm 30% chi phí sấy và hao hụt sau thu hoạch.",
         "currentState":"Thành viên phơi lúa trên sân, hao hụt 8–10% khi mưa kéo dài.",
         "solution":"Lắp 40 m² tấm thu nhiệt trên mái kho, quạt hút đưa khí nóng vào buồng sấy 5 tấn/mẻ.",
         "appliedWhere":"HTX Nông nghiệp Gia Trấn","appliedSince":"2025-05-01","scope":"Các HTX trồng lúa đồng bằng",
         "economicBenefitVnd":180000000,"socialBenefit":"Giảm khói đốt rơm, chủ động mùa mưa.","field":"Nông nghiệp",
         "year":2026,"applyingUnitId":"0b6f2c…","campaignId":"5d1e…",
         "authors":[{"kind":"UNIT","refId":"0b6f2c…","contribution":60},
                    {"kind":"PERSON","refId":"7d3a…","contribution":40}]}""")
public record SubmitInitiativeRequest(
        @NotNull InitiativeKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 8000) String currentState,
        @Size(max = 8000) String solution,
        @Size(max = 500) String appliedWhere,
        LocalDate appliedSince,
        @Size(max = 2000) String scope,
        @PositiveOrZero Long economicBenefitVnd,
        @Size(max = 4000) String socialBenefit,
        @Size(max = 100) String field,
        @Min(2000) @Max(2100) int year,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull AuthorRequest> authors,
        @NotBlank @Size(max = 64) String applyingUnitId,
        @Size(max = 64) String campaignId,
        Boolean confidential) {

    Initiative.Draft toDraft() {
        List<Author> mapped = authors.stream()
                .map(a -> new Author(a.kind(), a.refId(), a.name(), a.unitId(), null, a.contribution())).toList();
        Content content = new Content(title.trim(), summary, currentState, solution, appliedWhere, appliedSince, scope,
                economicBenefitVnd, socialBenefit, field);
        return new Initiative.Draft(kind, content, year, mapped, applyingUnitId, campaignId,
                Boolean.TRUE.equals(confidential));
    }
}
