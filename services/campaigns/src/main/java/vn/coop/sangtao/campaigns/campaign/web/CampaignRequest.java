package vn.coop.sangtao.campaigns.campaign.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.campaigns.activity.ActivityKind;
import vn.coop.sangtao.campaigns.campaign.ActivityRule;
import vn.coop.sangtao.campaigns.campaign.CampaignDraft;
import vn.coop.sangtao.campaigns.campaign.Content;
import vn.coop.sangtao.campaigns.campaign.Criterion;
import vn.coop.sangtao.campaigns.campaign.LegalDocument;
import vn.coop.sangtao.campaigns.campaign.Scope;

import java.time.LocalDate;
import java.util.List;

/** Creates a campaign as a draft, or rewrites a draft. */
@Schema(example = """
        {"code":"DKST-2026","title":"Phong trào thi đua \\"Đoàn kết sáng tạo\\" năm 2026",
         "legalBasis":[{"number":"84/HD-MTTW-BTT","date":"2022-05-16","issuer":"Ban Thường trực UBTƯ MTTQ Việt Nam"}],
         "periodStart":"2026-01-01","periodEnd":"2026-12-31",
         "contents":[{"number":1,"text":"Đẩy mạnh tuyên truyền về phong trào"}],
         "scope":{"blockIds":[],"areaIds":[]},
         "criteria":[{"code":"1","title":"Tuyên truyền","children":[
           {"code":"1.1","title":"Tham gia ít nhất 2 lớp tập huấn kỹ thuật","points":10,
            "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2},"contentNumber":1},
           {"code":"1.2","title":"Có sáng kiến được công nhận","points":5,"bonus":true}]}]}""")
public record CampaignRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20) List<@Valid @NotNull LegalDocumentRequest> legalBasis,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Size(max = 50) List<@Valid @NotNull ContentRequest> contents,
        @Valid ScopeRequest scope,
        @Size(max = 100) List<@Valid @NotNull CriterionRequest> criteria) {

    public record LegalDocumentRequest(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
                                       @NotBlank @Size(max = 300) String issuer) {
    }

    public record ContentRequest(@Min(1) @Max(99) int number, @NotBlank @Size(max = 1000) String text) {
    }

    public record ScopeRequest(@Size(max = 200) List<@NotBlank String> blockIds,
                               @Size(max = 500) List<@NotBlank String> areaIds) {
    }

    public record ActivityRuleRequest(@NotNull ActivityKind kind, @Min(1) @Max(100) int atLeast) {
    }

    public record CriterionRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 500) String title,
                                   @DecimalMin("0") @DecimalMax("1000") Double points, Boolean bonus,
                                   @Valid ActivityRuleRequest activity, Integer contentNumber,
                                   @Size(max = 100) List<@Valid @NotNull CriterionRequest> children) {

        Criterion toCriterion() {
            return new Criterion(code, title, points == null ? 0 : points, Boolean.TRUE.equals(bonus),
                    activity == null ? null : new ActivityRule(activity.kind(), activity.atLeast()), contentNumber,
                    children == null ? List.of() : children.stream().map(CriterionRequest::toCriterion).toList());
        }
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(code, title,
                legalBasis == null ? List.of() : legalBasis.stream()
                        .map(d -> new LegalDocument(d.number(), d.date(), d.issuer())).toList(),
                periodStart, periodEnd,
                contents == null ? List.of() : contents.stream().map(c -> new Content(c.number(), c.text())).toList(),
                scope == null ? Scope.WHOLE_ALLIANCE : new Scope(scope.blockIds(), scope.areaIds()),
                criteria == null ? List.of() : criteria.stream().map(CriterionRequest::toCriterion).toList());
    }
}
