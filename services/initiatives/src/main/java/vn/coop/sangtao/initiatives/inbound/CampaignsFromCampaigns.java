package vn.coop.sangtao.initiatives.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.initiatives.campaign.KnownCampaign;
import vn.coop.sangtao.initiatives.campaign.KnownCampaignRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.function.Consumer;

/** Keeps the read model of campaigns from campaigns' events. */
@Configuration
class CampaignsFromCampaigns {

    static final String CREATED = "vn.coop.sangtao.campaign.created.v1";

    record Created(String campaignId, String code, String title) {
    }

    @Bean
    Consumer<Message<byte[]>> campaignEvents(InboundEvents inbound, KnownCampaignRepository campaigns) {
        return inbound.handler(event -> {
            if (CREATED.equals(event.type())) {
                Created created = event.read(Created.class);
                campaigns.remember(new KnownCampaign(created.campaignId(), event.tenantId(), created.code(),
                        created.title()));
            }
        });
    }
}
