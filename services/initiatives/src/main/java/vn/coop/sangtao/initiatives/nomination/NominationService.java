package vn.coop.sangtao.initiatives.nomination;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeEvent;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.Nomination;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;

/**
 * Golden Book nominations between the provinces and the national alliance: a province's nomination
 * event lands here in the national tenant; the national outcome goes back to the province's
 * initiative by its own event. Provinces never read the national list, and the nation never reads a
 * province's initiatives.
 */
@Service
public class NominationService {

    private final Aggregates<NationalNomination> nominations;
    private final InitiativeService initiatives;
    private final String nationalTenant;
    private final Clock clock;

    NominationService(AggregateStore store, EventFactory events, InitiativeService initiatives,
                      @Value("${sangtao.national-tenant:vca}") String nationalTenant, Clock clock) {
        this.nominations = new Aggregates<>(store, events, "nominations", InitiativeEvent.TOPIC,
                NationalNomination.class, NationalNomination::id);
        this.initiatives = initiatives;
        this.nationalTenant = nationalTenant;
        this.clock = clock;
    }

    /** Receives a province's nomination into the national tenant; a redelivered event is already there. */
    public void receive(String provinceTenant, InitiativeEvent.Nominated n) {
        NationalNomination received = new NationalNomination(n.initiativeId(), provinceTenant, n.year(), n.title(),
                n.kind(), n.summary(), n.field(), n.authors(), n.applyingUnitId(), n.level(), n.decisionNumber(),
                n.decisionDate(), n.letter(), clock.instant(), Nomination.NominationOutcome.PENDING, null, null, null, 0);
        TenantContext.runAs(nationalTenant, () -> {
            try {
                nominations.insert(received, InitiativeEvent.NOMINATION_RECEIVED, new InitiativeEvent.NominationReceived(
                        n.initiativeId(), nationalTenant, provinceTenant, n.year(), n.title()));
            } catch (DuplicateKeyException alreadyReceived) {
                // the same nomination delivered again
            }
        });
    }

    /** The national alliance decides; the province learns it from the event. National officers only. */
    public NationalNomination decide(String id, boolean selected, String publishedIn) {
        requireNational();
        NationalNomination current = get(id);
        NationalNomination decided = current.decide(selected, publishedIn, clock.instant(), Actor.current());
        return nominations.save(decided, current.version(), InitiativeEvent.NOMINATION_DECIDED,
                new InitiativeEvent.NominationDecided(id, current.provinceTenantId(), selected, publishedIn));
    }

    /** Records the national outcome on the province's initiative (the current tenant is the province). */
    public void recordOutcome(InitiativeEvent.NominationDecided outcome) {
        Initiative initiative = initiatives.get(outcome.initiativeId());
        Nomination recorded = initiative.nomination();
        Nomination.NominationOutcome expected = outcome.selected() ? Nomination.NominationOutcome.SELECTED
                : Nomination.NominationOutcome.NOT_SELECTED;
        if (recorded != null && recorded.outcome() == expected) {
            return;
        }
        long version = initiative.version();
        initiative.recordNominationOutcome(outcome.selected(), outcome.publishedIn(), clock.instant());
        initiatives.saveAnnounced(initiative, version);
    }

    public NationalNomination get(String id) {
        requireNational();
        return nominations.find(id).orElseThrow(() -> ApiProblem.notFound("nomination", id));
    }

    public PageResponse<NationalNomination> list(Integer year, Nomination.NominationOutcome outcome, int page,
                                                 int size) {
        requireNational();
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (outcome != null) {
            criteria = criteria.and("outcome").is(outcome);
        }
        return nominations.page(criteria, Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id")), page, size);
    }

    /** Only the national tenant holds nominations; to anyone else they do not exist. */
    private void requireNational() {
        if (!nationalTenant.equals(TenantContext.require())) {
            throw ApiProblem.notFound("nomination", "*");
        }
    }
}
