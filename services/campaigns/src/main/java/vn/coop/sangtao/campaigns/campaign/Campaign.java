package vn.coop.sangtao.campaigns.campaign;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An emulation movement (phong trào thi đua) of one alliance. */
public record Campaign(String id, String tenantId, String code, String title, List<LegalDocument> legalBasis,
                       LocalDate periodStart, LocalDate periodEnd, CampaignStatus status, Instant createdAt,
                       Instant launchedAt, long version) {

    public static final String TOPIC = "campaigns.campaign.events";

    public static Campaign create(String tenantId, String code, String title, List<LegalDocument> legalBasis,
                                  LocalDate periodStart, LocalDate periodEnd, Instant now) {
        if (periodEnd.isBefore(periodStart)) {
            throw ApiProblem.ruleOnFields("invalid-period", List.of(new FieldProblem("periodEnd", "endBeforeStart")));
        }
        return new Campaign(UUID.randomUUID().toString(), tenantId, code.trim(), title.trim(), List.copyOf(legalBasis),
                periodStart, periodEnd, CampaignStatus.DRAFT, now, null, 0);
    }

    /** Launches a draft; launching twice or after closing is refused. */
    public Campaign launch(Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw ApiProblem.rule("campaign-not-draft", status);
        }
        return new Campaign(id, tenantId, code, title, legalBasis, periodStart, periodEnd, CampaignStatus.LAUNCHED,
                createdAt, now, version);
    }

    public CampaignCreated created() {
        return new CampaignCreated(id, tenantId, code, title, periodStart, periodEnd, legalBasis, createdAt);
    }

    public CampaignLaunched launched() {
        return new CampaignLaunched(id, tenantId, code, title, periodStart, periodEnd, launchedAt);
    }
}
