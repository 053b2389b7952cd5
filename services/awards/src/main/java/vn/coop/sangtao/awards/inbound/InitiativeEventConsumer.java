package vn.coop.sangtao.awards.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.candidate.CandidateInitiative;
import vn.coop.sangtao.awards.candidate.CandidateRepository;
import vn.coop.sangtao.awards.fact.FactsRepository;
import vn.coop.sangtao.platform.messaging.InboundEvents;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import java.util.Objects;
import java.util.function.Consumer;

/** Learns the year's candidate initiatives from the initiatives service's events. */
@Configuration
class InitiativeEventConsumer {

    static final String SUBMITTED = "vn.coop.sangtao.initiative.submitted.v1";
    static final String DECIDED = "vn.coop.sangtao.initiative.decided.v1";

    /** The fields of vn.coop.sangtao.initiative.decided.v1 the eligibility rules read. */
    record Decided(String initiativeId, String title, int year, boolean recognised, String level,
                   String applyingUnitId, List<Author> authors) {
        record Author(String kind, String refId, String unitId) {
        }
    }

    @Bean
    Consumer<Message<byte[]>> initiativeEvents(InboundEvents inbound, CandidateRepository candidates,
                                               FactsRepository facts) {
        return inbound.handler(event -> {
            if (DECIDED.equals(event.type())) {
                remember(event.read(Decided.class), facts);
            }
            if (SUBMITTED.equals(event.type())) {
                InitiativeSubmittedPayload p = event.read(InitiativeSubmittedPayload.class);
                candidates.remember(new CandidateInitiative(p.initiativeId(), event.tenantId(), p.title(), p.kind(),
                        p.year(), p.applyingUnitId(),
                        p.authors().stream().map(InitiativeSubmittedPayload.Author::name).filter(Objects::nonNull)
                                .toList(), p.submittedAt()));
            }
        });
    }

    /** A recognised initiative counts for its person authors, its unit authors and the unit applying it. */
    private static void remember(Decided d, FactsRepository facts) {
        if (!d.recognised()) {
            facts.forget(FactsRepository.INITIATIVES, d.initiativeId());
            return;
        }
        List<String> people = d.authors().stream().filter(a -> "PERSON".equals(a.kind())).map(Decided.Author::refId)
                .toList();
        List<String> units = java.util.stream.Stream.concat(d.authors().stream().filter(a -> "UNIT".equals(a.kind()))
                .map(Decided.Author::refId), java.util.stream.Stream.of(d.applyingUnitId())).filter(Objects::nonNull)
                .distinct().toList();
        facts.set(FactsRepository.INITIATIVES, d.initiativeId(), new Update().set("title", d.title())
                .set("year", d.year()).set("level", d.level()).set("personIds", people).set("unitIds", units));
    }
}
