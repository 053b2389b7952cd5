package vn.coop.sangtao.campaigns.campaign;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Use cases of campaigns: draft, edit, launch, amend, close, and cascade a national one. */
@Service
public class CampaignService {

    private final Aggregates<Campaign> campaigns;
    private final Clock clock;
    private final String nationalTenant;

    CampaignService(AggregateStore store, EventFactory events, MongoTemplate mongo, Clock clock,
                    @Value("${sangtao.national-tenant:vca}") String nationalTenant) {
        this.campaigns = new Aggregates<>(store, events, "campaigns", Campaign.TOPIC, Campaign.class, Campaign::id);
        this.clock = clock;
        this.nationalTenant = nationalTenant;
        mongo.indexOps("campaigns").createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).unique().named("tenant_code"));
    }

    public Campaign create(CampaignDraft draft) {
        return insert(Campaign.create(TenantContext.require(), draft, null, clock.instant(), Actor.current()));
    }

    /**
     * Makes the current (provincial) tenant's own draft from a launched national campaign: its
     * title, legal basis, period, current contents and criteria, under the province's code.
     */
    public Campaign cascade(String nationalCampaignId, String code) {
        if (nationalTenant.equals(TenantContext.require())) {
            throw ApiProblem.rule("cascade-from-national-only");
        }
        Campaign national = TenantContext.callAs(nationalTenant, () -> campaigns.get(nationalCampaignId));
        return insert(Campaign.cascade(TenantContext.require(), national, code, clock.instant(), Actor.current()));
    }

    public Campaign edit(String id, CampaignDraft draft) {
        Campaign campaign = get(id);
        long read = campaign.version();
        campaign.edit(draft);
        return save(campaign, read, CampaignChanged.EDITED, null);
    }

    public Campaign launch(String id) {
        Campaign campaign = get(id);
        long read = campaign.version();
        campaign.launch(clock.instant(), Actor.current());
        return save(campaign, read, CampaignChanged.LAUNCHED, null);
    }

    public Campaign amend(String id, String reason, int contentNumber, String text) {
        Campaign campaign = get(id);
        long read = campaign.version();
        Amendment amendment = campaign.amend(reason, contentNumber, text, clock.instant(), Actor.current());
        return save(campaign, read, CampaignChanged.AMENDED, amendment);
    }

    public Campaign close(String id) {
        Campaign campaign = get(id);
        long read = campaign.version();
        campaign.close(clock.instant(), Actor.current());
        return save(campaign, read, CampaignChanged.CLOSED, null);
    }

    public Campaign get(String id) {
        return campaigns.find(id).orElseThrow(() -> ApiProblem.notFound("campaign", id));
    }

    /** The launched national campaigns a province may cascade, newest first. */
    public PageResponse<Campaign> national(int page, int size) {
        return TenantContext.callAs(nationalTenant, () -> campaigns.page(where("status").is(CampaignStatus.LAUNCHED),
                Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("code")), page, size));
    }

    /** The tenant's campaigns, newest period first; {@code q} matches code or title without accents. */
    public PageResponse<Campaign> list(String q, CampaignStatus status, int page, int size) {
        Criteria filter = new Criteria();
        if (status != null) {
            filter = filter.and("status").is(status);
        }
        if (q != null && !q.isBlank()) {
            filter = filter.and("searchKey").regex(Pattern.quote(Text.fold(q)));
        }
        return campaigns.page(filter, Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("code")), page, size);
    }

    private Campaign insert(Campaign campaign) {
        try {
            campaigns.insert(campaign, CampaignChanged.CREATED, CampaignChanged.of(campaign, null, campaign.createdAt()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-campaign-code", campaign.code());
        }
        return campaign;
    }

    private Campaign save(Campaign campaign, long readVersion, String type, Amendment amendment) {
        try {
            return campaigns.save(campaign, readVersion, type, CampaignChanged.of(campaign, amendment, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-campaign-code", campaign.code());
        }
    }
}
