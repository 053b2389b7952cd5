package vn.coop.sangtao.awards.inbound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.candidate.CandidateInitiative;
import vn.coop.sangtao.awards.candidate.CandidateRepository;
import vn.coop.sangtao.awards.fact.FactsRepository;
import vn.coop.sangtao.awards.goldenbook.GoldenBookWorksRepository;
import vn.coop.sangtao.platform.messaging.InboundEvent;
import vn.coop.sangtao.platform.messaging.InboundEvents;
import vn.coop.sangtao.platform.tenant.TenantContext;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Learns the year's candidate initiatives, the recognised ones, and their way to the Golden Book
 * (marked typical, nominated, decided by the national alliance) from the initiatives service's events.
 */
@Configuration
class InitiativeEventConsumer {

    static final String SUBMITTED = "vn.coop.sangtao.initiative.submitted.v1";
    static final String DECIDED = "vn.coop.sangtao.initiative.decided.v1";
    static final String TYPICAL_MARKED = "vn.coop.sangtao.initiative.typical-marked.v1";
    static final String NOMINATED = "vn.coop.sangtao.initiative.nominated.v1";
    static final String NOMINATION_DECIDED = "vn.coop.sangtao.initiative.nomination-decided.v1";

    /** The fields of typical-marked and nominated the Golden Book cycle reads. */
    record Typical(String initiativeId, int year, String title, String kind, String level) {
    }

    /** The national alliance's decision; published under the national tenant, {@code tenantId} is the province's. */
    record NominationDecided(String initiativeId, String tenantId, boolean selected, String publishedIn) {
    }

    /** The fields of vn.coop.sangtao.initiative.decided.v1 the eligibility rules read. */
    record Decided(String initiativeId, String title, int year, boolean recognised, String level,
                   String applyingUnitId, List<Author> authors) {
        record Author(String kind, String refId, String unitId) {
        }
    }

    @Bean
    Consumer<Message<byte[]>> initiativeEvents(InboundEvents inbound, CandidateRepository candidates,
                                               FactsRepository facts, GoldenBookWorksRepository goldenBook,
                                               @Value("${sangtao.national-tenant:vca}") String national) {
        return inbound.handler(event -> {
            goldenBook(event, goldenBook, national);
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

    private static void goldenBook(InboundEvent event, GoldenBookWorksRepository works, String national) {
        switch (event.type()) {
            case TYPICAL_MARKED -> {
                Typical t = event.read(Typical.class);
                works.markedTypical(t.initiativeId(), t.year());
            }
            case NOMINATED -> {
                Typical n = event.read(Typical.class);
                works.nominated(n.initiativeId(), n.year(), n.title(), n.kind(), n.level());
            }
            case NOMINATION_DECIDED -> {
                NominationDecided d = event.read(NominationDecided.class);
                if (national.equals(event.tenantId()) && d.tenantId() != null) {
                    TenantContext.runAs(d.tenantId(), () -> works.decided(d.initiativeId(), d.selected(),
                            d.publishedIn()));
                }
            }
            default -> {
                // the other initiative events are for other readers
            }
        }
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
