package vn.coop.sangtao.membership.hold;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;

/** Opening and closing holds on units and people. */
@Service
public class HoldService implements MergeParticipant {

    static final String COLLECTION = "holds";

    private final Aggregates<Hold> holds;
    private final UnitService units;
    private final PersonService people;

    HoldService(AggregateStore store, EventFactory events, UnitService units, PersonService people) {
        this.holds = new Aggregates<>(store, events, COLLECTION, HoldEvent.TOPIC, Hold.class, Hold::id);
        this.units = units;
        this.people = people;
    }

    public Hold open(HoldSubject subject, String subjectId, HoldKind kind, String reason, LocalDate on) {
        if (subject == HoldSubject.UNIT) {
            units.get(subjectId);
        } else {
            people.get(subjectId);
        }
        Hold hold = Hold.open(subject, subjectId, kind, reason, on, Actor.current());
        holds.insert(hold, HoldEvent.OPENED, hold.event(TenantContext.require()));
        return hold;
    }

    public Hold close(String id, LocalDate on, String reason) {
        Hold current = get(id);
        Hold closed = current.close(on, reason, Actor.current());
        return holds.save(closed, current.version(), HoldEvent.CLOSED, closed.event(TenantContext.require()));
    }

    public Hold get(String id) {
        return holds.find(id).orElseThrow(() -> ApiProblem.notFound("hold", id));
    }

    /** Holds of one subject or all, open ones only when {@code open} is true, newest first. */
    public PageResponse<Hold> list(String subjectId, Boolean open, int page, int size) {
        Criteria criteria = new Criteria();
        if (subjectId != null) {
            criteria = criteria.and("subjectId").is(subjectId);
        }
        if (open != null) {
            criteria = open ? criteria.and("closedOn").is(null) : criteria.and("closedOn").ne(null);
        }
        return holds.page(criteria, Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by("_id")), page, size);
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return holds.count(null);
    }

    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        return holds.transferAll(into, HoldEvent.OPENED, hold -> hold.event(into));
    }
}
