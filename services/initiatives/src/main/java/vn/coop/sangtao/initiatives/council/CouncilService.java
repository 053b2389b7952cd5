package vn.coop.sangtao.initiatives.council;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.person.KnownPerson;
import vn.coop.sangtao.initiatives.person.KnownPersonRepository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

/** Keeping the tenant's initiative councils. */
@Service
public class CouncilService {

    public static final String TOPIC = "initiatives.council.events";
    public static final String CHANGED = "vn.coop.sangtao.council.changed.v1";

    /** Event vn.coop.sangtao.council.changed.v1: the council as it now stands, without accounts. */
    public record CouncilChanged(String councilId, String tenantId, String name, java.util.List<String> memberPersonIds) {
    }

    private final Aggregates<Council> councils;
    private final KnownPersonRepository people;

    CouncilService(AggregateStore store, EventFactory events, KnownPersonRepository people) {
        this.councils = new Aggregates<>(store, events, "councils", TOPIC, Council.class, Council::id);
        this.people = people;
    }

    public Council found(String name) {
        Council council = Council.found(name);
        councils.insert(council, CHANGED, changed(council));
        return council;
    }

    /** Adds a person known from membership, with the account they will review with. */
    public Council addMember(String id, String personId, String username) {
        Council council = get(id);
        KnownPerson person = people.find(personId).filter(p -> !"LEFT".equals(p.status()))
                .orElseThrow(() -> ApiProblem.rule("unknown-person", personId));
        Council added = council.add(new Council.CouncilMember(person.id(), person.fullName(), person.unitId(), username));
        return councils.save(added, council.version(), CHANGED, changed(added));
    }

    public Council removeMember(String id, String personId) {
        Council council = get(id);
        Council removed = council.remove(personId);
        return councils.save(removed, council.version(), CHANGED, changed(removed));
    }

    public Council get(String id) {
        return councils.find(id).orElseThrow(() -> ApiProblem.notFound("council", id));
    }

    public PageResponse<Council> list(int page, int size) {
        return councils.page(null, Sort.by("name", "_id"), page, size);
    }

    private static CouncilChanged changed(Council council) {
        return new CouncilChanged(council.id(), TenantContext.require(), council.name(),
                council.members().stream().map(Council.CouncilMember::personId).toList());
    }
}
