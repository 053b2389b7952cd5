package vn.coop.sangtao.awards.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.candidate.CandidateInitiative;
import vn.coop.sangtao.awards.candidate.CandidateRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.Objects;
import java.util.function.Consumer;

/** Learns the year's candidate initiatives from the initiatives service's events. */
@Configuration
class InitiativeEventConsumer {

    static final String SUBMITTED = "vn.coop.sangtao.initiative.submitted.v1";

    @Bean
    Consumer<Message<byte[]>> initiativeEvents(InboundEvents inbound, CandidateRepository candidates) {
        return inbound.handler(event -> {
            if (SUBMITTED.equals(event.type())) {
                InitiativeSubmittedPayload p = event.read(InitiativeSubmittedPayload.class);
                candidates.remember(new CandidateInitiative(p.initiativeId(), event.tenantId(), p.title(), p.kind(),
                        p.year(), p.applyingUnitId(),
                        p.authors().stream().map(InitiativeSubmittedPayload.Author::name).filter(Objects::nonNull)
                                .toList(), p.submittedAt()));
            }
        });
    }
}
