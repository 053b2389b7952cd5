package vn.coop.sangtao.campaigns.campaign;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Use cases of campaigns. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final EventFactory events;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, EventFactory events, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    public Campaign create(String code, String title, List<LegalDocument> legalBasis, LocalDate start, LocalDate end) {
        Campaign campaign = Campaign.create(TenantContext.require(), code, title, legalBasis, start, end,
                clock.instant());
        try {
            campaigns.insert(campaign, events.pending(CampaignCreated.TYPE, Campaign.TOPIC, campaign.id(),
                    campaign.created()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-campaign-code", code);
        }
        return campaign;
    }

    /** Launches the campaign as it is now; a concurrent change in between answers 409. */
    public Campaign launch(String id) {
        Campaign current = get(id);
        Campaign launched = current.launch(clock.instant());
        campaigns.update(launched, current.version(),
                events.pending(CampaignLaunched.TYPE, Campaign.TOPIC, id, launched.launched()));
        return get(id);
    }

    public Campaign get(String id) {
        return campaigns.find(id).orElseThrow(() -> ApiProblem.notFound("campaign", id));
    }

    public PageResponse<Campaign> list(int page, int size) {
        return new PageResponse<>(campaigns.list(page, size), page, size, campaigns.count());
    }
}
