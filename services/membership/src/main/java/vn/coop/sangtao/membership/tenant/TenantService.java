package vn.coop.sangtao.membership.tenant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.audit.AuditTrail;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creating, retiring and merging the alliance organisations that own all other records. */
@Service
public class TenantService {

    static final String COLLECTION = "tenants";

    private final AggregateStore store;
    private final Aggregates<Tenant> tenants;
    private final MongoTemplate mongo;
    private final List<MergeParticipant> participants;
    private final AuditTrail audit;
    private final TenantProperties properties;
    private final Clock clock;

    TenantService(AggregateStore store, EventFactory events, MongoTemplate mongo, List<MergeParticipant> participants,
                  AuditTrail audit, TenantProperties properties, Clock clock) {
        this.store = store;
        this.tenants = new Aggregates<>(store, events, COLLECTION, TenantEvent.TOPIC, Tenant.class, Tenant::id);
        this.mongo = mongo;
        this.participants = participants;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The national alliance exists from the first start; every provincial tenant hangs under it. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureNationalTenant() {
        Tenant national = Tenant.national(properties.id(), properties.name(), clock.instant());
        try {
            TenantContext.runAs(national.id(), () -> tenants.insert(national, TenantEvent.CREATED, national.created()));
        } catch (DuplicateKeyException alreadyThere) {
            // another instance, or an earlier start, created it
        }
    }

    public Tenant create(String id, String name, LocalDate establishedOn) {
        Tenant tenant = Tenant.provincial(id, name, properties.id(), establishedOn, clock.instant(),
                Actor.current());
        try {
            TenantContext.runAs(id, () -> tenants.insert(tenant, TenantEvent.CREATED, tenant.created()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-tenant", id);
        }
        return tenant;
    }

    /** Closes a tenant that holds no records; one with members is merged instead, so nothing is orphaned. */
    public Tenant retire(String id, LocalDate on, String reason) {
        Tenant current = get(id);
        Tenant retired = current.retire(on, reason);
        List<String> holding = TenantContext.callAs(id, () -> participants.stream()
                .filter(p -> p.count() > 0).map(MergeParticipant::records).toList());
        if (!holding.isEmpty()) {
            throw ApiProblem.rule("tenant-has-records", id, String.join(", ", holding));
        }
        return TenantContext.callAs(id, () -> tenants.save(retired, current.version(), TenantEvent.RETIRED,
                new TenantEvent.Retired(id, on, reason)));
    }

    /**
     * Merges {@code id} into {@code intoId} as of a date: every record moves and keeps its id and
     * history. Conflicts are checked before anything moves. Each record moves in its own write, so
     * a merge cut short is finished by asking again: the tenant stays MERGING until then.
     */
    public Tenant merge(String id, String intoId, LocalDate effectiveOn) {
        Tenant survivor = get(intoId);
        Tenant current = get(id);
        List<String> conflicts = new ArrayList<>();
        participants.forEach(p -> conflicts.addAll(p.conflicts(id, intoId)));
        if (!conflicts.isEmpty()) {
            throw ApiProblem.conflict("merge-conflicts", id, intoId, String.join("; ", conflicts));
        }
        Tenant merging = current.startMerge(survivor, effectiveOn);
        if (merging != current) {
            // internal step: the merge is announced once, when every record has moved
            TenantContext.runAs(id, () -> store.update(COLLECTION, id, current.version(), merging, List.of()));
        }
        Map<String, Long> moved = new LinkedHashMap<>();
        TenantContext.runAs(id, () -> participants.forEach(p -> moved.put(p.records(), p.moveAll(intoId, effectiveOn))));
        moved.put("audit", audit.transferTenant(id, intoId));
        Tenant stillMerging = get(id);
        TenantContext.runAs(id, () -> tenants.save(stillMerging.finishMerge(), stillMerging.version(),
                TenantEvent.MERGED, new TenantEvent.Merged(id, intoId, effectiveOn, moved)));
        Tenant absorbing = get(intoId);
        TenantContext.runAs(intoId, () -> store.update(COLLECTION, intoId, absorbing.version(), absorbing.absorb(id),
                List.of()));
        return get(id);
    }

    public Tenant get(String id) {
        return TenantContext.callAs(id, () -> tenants.get(id));
    }

    /** The tenant that now holds the records of {@code id}, following merges. */
    public Tenant resolve(String id) {
        Tenant tenant = get(id);
        for (int hops = 0; tenant.mergedInto() != null && hops < 10; hops++) {
            tenant = get(tenant.mergedInto());
        }
        return tenant;
    }

    public PageResponse<Tenant> list(TenantStatus status, int page, int size) {
        Criteria filter = status == null ? new Criteria() : Criteria.where("status").is(status);
        Query query = Query.query(filter).with(Sort.by("_id")).skip((long) page * size).limit(size);
        return new PageResponse<>(mongo.find(query, Tenant.class, COLLECTION), page, size,
                mongo.count(Query.query(filter), COLLECTION));
    }
}
