package vn.coop.sangtao.membership.person;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitAccess;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The people of member units: staff manage all of them, a unit representative those of their unit. */
@Service
public class PersonService implements MergeParticipant {

    static final String COLLECTION = "people";

    private final Aggregates<Person> people;
    private final UnitService units;
    private final Clock clock;

    PersonService(AggregateStore store, EventFactory events, MongoTemplate mongo, UnitService units, Clock clock) {
        this.people = new Aggregates<>(store, events, COLLECTION, PersonEvent.TOPIC, Person.class, Person::id);
        // what the search filters and sorts on (the embedded store of the local run ignores these)
        for (String field : List.of("nameKey", "unitId")) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                    .on(field, Sort.Direction.ASC).named("tenant_" + field));
        }
        this.units = units;
        this.clock = clock;
    }

    public Person register(String unitId, PersonProfile profile, LocalDate since) {
        UnitAccess.requireManages(units.get(unitId));
        Person person = Person.register(unitId, profile, since != null ? since : LocalDate.now(clock),
                clock.instant(), Actor.current());
        people.insert(person, PersonEvent.REGISTERED, person.snapshot(TenantContext.require()));
        return person;
    }

    public Person update(String id, long version, PersonProfile profile) {
        Person current = managed(id);
        Person updated = current.update(profile);
        return people.save(updated, version, PersonEvent.UPDATED, updated.snapshot(TenantContext.require()));
    }

    /** Moves a person to another unit of the tenant; only staff move people between units. */
    public Person move(String id, String toUnitId, LocalDate from) {
        Person current = get(id);
        MemberUnit target = units.get(toUnitId);
        Person moved = current.move(target.id(), from);
        return people.save(moved, current.version(), PersonEvent.MOVED,
                new PersonEvent.Moved(id, TenantContext.require(), current.unitId(), target.id(), from));
    }

    public Person leave(String id, LocalDate on, String reason) {
        Person current = managed(id);
        Person left = current.leave(on, reason);
        return people.save(left, current.version(), PersonEvent.LEFT,
                new PersonEvent.Left(id, TenantContext.require(), current.unitId(), on));
    }

    public Person get(String id) {
        return people.find(id).orElseThrow(() -> ApiProblem.notFound("person", id));
    }

    public PageResponse<Person> search(PersonFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.q() != null && !filter.q().isBlank()) {
            criteria = criteria.and("nameKey").regex(Pattern.quote(Text.fold(filter.q())));
        }
        if (filter.unitId() != null) {
            criteria = criteria.and("unitId").is(filter.unitId());
        }
        if (filter.kind() != null) {
            criteria = criteria.and("profile.kind").is(filter.kind());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        return people.page(criteria, Sort.by("nameKey", "_id"), page, size);
    }

    /** The people of any of {@code unitIds}, in one read, for an import that matches its rows to people. */
    public List<Person> inUnits(List<String> unitIds) {
        return unitIds.isEmpty() ? List.of()
                : people.find(Criteria.where("unitId").in(unitIds), Sort.by("_id"), 0, Integer.MAX_VALUE);
    }

    /** Whether the actor may see the person's phone and email: staff, and the person themselves. */
    public static boolean maySeeContact(Person person) {
        return UnitAccess.isStaff()
                || (person.profile().username() != null && person.profile().username().equals(Actor.current()));
    }

    private Person managed(String id) {
        Person person = get(id);
        UnitAccess.requireManages(units.get(person.unitId()));
        return person;
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return people.count(null);
    }

    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        return people.transferAll(into, PersonEvent.TRANSFERRED, person -> person.snapshot(into));
    }
}
