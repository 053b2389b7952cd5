package vn.coop.sangtao.awards.inbound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.catalogue.GrantingLevel;
import vn.coop.sangtao.awards.proposal.Decision;
import vn.coop.sangtao.awards.proposal.ProposalChanged;
import vn.coop.sangtao.awards.proposal.ProposalService;
import vn.coop.sangtao.platform.messaging.InboundEvents;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.function.Consumer;

/**
 * Carries proposals between a province and the national alliance, from awards' own events in a
 * group of their own: a proposal forwarded to the national level becomes the national alliance's
 * to decide, and its decision returns to the province's proposal.
 */
@Configuration
class ProposalForwarding {

    static final String NATIONAL_BODY = "Liên minh Hợp tác xã Việt Nam";

    @Bean
    Consumer<Message<byte[]>> forwardedProposals(InboundEvents inbound, ProposalService proposals,
                                                 @Value("${sangtao.national-tenant:vca}") String national) {
        return inbound.handler(event -> {
            if (ProposalChanged.FORWARDED.equals(event.type())) {
                ProposalChanged forwarded = event.read(ProposalChanged.class);
                if (forwarded.awardLevel() == GrantingLevel.NATIONAL) {
                    TenantContext.runAs(national, () -> proposals.receive(forwarded));
                }
            } else if (ProposalChanged.DECIDED.equals(event.type())) {
                ProposalChanged decided = event.read(ProposalChanged.class);
                if (decided.origin() != null && decided.decision() != null) {
                    Decision d = decided.decision();
                    Decision outcome = new Decision(d.granted(), d.number(), d.date(), NATIONAL_BODY, d.decidedBy(),
                            d.at(), d.reason());
                    TenantContext.runAs(decided.origin().tenantId(),
                            () -> proposals.applyNationalDecision(decided.origin().proposalId(), outcome));
                }
            }
        });
    }
}
