package vn.coop.sangtao.campaigns.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.campaigns.activity.ActivityChanged;
import vn.coop.sangtao.campaigns.campaign.CampaignChanged;
import vn.coop.sangtao.campaigns.dashboard.DashboardRepository;
import vn.coop.sangtao.campaigns.pledge.PledgeChanged;
import vn.coop.sangtao.campaigns.pledge.PledgeStatus;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the dashboards from campaigns' own events, in a consumer group of its own, so that a
 * dashboard is read from a few rows rather than computed from the whole history.
 */
@Configuration
class DashboardEvents {

    @Bean
    Consumer<Message<byte[]>> dashboardCampaigns(InboundEvents inbound, DashboardRepository dashboards) {
        return inbound.handler(event -> {
            CampaignChanged c = event.read(CampaignChanged.class);
            dashboards.campaignChanged(event.id(), c.campaignId(), c.code(), c.status().name(), c.parent());
        });
    }

    @Bean
    Consumer<Message<byte[]>> dashboardPledges(InboundEvents inbound, DashboardRepository dashboards) {
        return inbound.handler(event -> {
            PledgeChanged p = event.read(PledgeChanged.class);
            dashboards.pledgeChanged(event.id(), p.campaignId(), p.unitId(), p.previousStatus().name(),
                    p.status().name(), p.status() == PledgeStatus.APPROVED ? p.targets() : List.of());
        });
    }

    @Bean
    Consumer<Message<byte[]>> dashboardActivities(InboundEvents inbound, DashboardRepository dashboards) {
        return inbound.handler(event -> {
            ActivityChanged a = event.read(ActivityChanged.class);
            ActivityChanged.Contribution before = a.previous();
            dashboards.activityChanged(event.id(), a.campaignId(), a.attendanceByUnit(), a.contentNumbers(),
                    before == null ? null : before.campaignId(),
                    before == null ? Map.of() : before.attendanceByUnit(),
                    before == null ? List.of() : before.contentNumbers());
        });
    }
}
