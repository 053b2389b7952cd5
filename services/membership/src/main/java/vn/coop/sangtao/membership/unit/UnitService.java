package vn.coop.sangtao.membership.unit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.area.AreaService;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Use cases of member units. */
@Service
public class UnitService implements MergeParticipant {

    static final String COLLECTION = "units";

    private final Aggregates<MemberUnit> units;
    private final MongoTemplate mongo;
    private final AreaService areas;
    private final UnitSearchService search;
    private final Clock clock;

    UnitService(AggregateStore store, EventFactory events, MongoTemplate mongo, AreaService areas,
                UnitSearchService search, Clock clock) {
        this.units = new Aggregates<>(store, events, COLLECTION, UnitRegistered.TOPIC, MemberUnit.class,
                MemberUnit::id);
        this.mongo = mongo;
        this.areas = areas;
        this.search = search;
        this.clock = clock;
        createIndexes(mongo);
    }

    private static void createIndexes(MongoTemplate mongo) {
        // one tax code per tenant: the store refuses a second registration, even under races
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("taxCode", Sort.Direction.ASC).unique().named("tenant_taxcode"));
        // what the search filters and sorts on, so that MongoDB can answer a tenant's list from an index
        // (the embedded store ignores them; searches read the in-memory UnitSearchIndex there and here)
        for (String field : List.of("nameKey", "profile.kind", "profile.sector", "status", "profile.areaId",
                "blocks.blockId", "profile.joinedOn", "registeredAt")) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                    .on(field, Sort.Direction.ASC).named("tenant_" + field.replace('.', '_')));
        }
        KeyIndexes.forAggregates(mongo, COLLECTION);
    }

    public MemberUnit register(String taxCode, UnitProfile profile) {
        if (!TaxCode.isValid(taxCode)) {
            throw ApiProblem.ruleOnFields("invalid-tax-code",
                    List.of(new FieldProblem("taxCode", "invalidTaxCode")), taxCode);
        }
        requireArea(profile);
        MemberUnit unit = MemberUnit.register(TenantContext.require(), taxCode, profile, clock.instant(),
                Actor.current());
        try {
            units.insert(unit, UnitRegistered.TYPE, unit.registered());
            search.written(unit);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-tax-code", taxCode);
        }
        return unit;
    }

    /** Corrects a unit as read at {@code version}; a unit representative may correct only their own. */
    public MemberUnit update(String id, long version, UnitProfile profile) {
        MemberUnit current = get(id);
        UnitAccess.requireManages(current);
        requireArea(profile);
        MemberUnit updated = current.update(profile);
        return written(units.save(updated, version, UnitUpdated.TYPE, updated.updated(clock.instant())));
    }

    /** Records a unit's new membership status from a date, keeping the history. */
    public MemberUnit changeStatus(String id, UnitStatus status, LocalDate effectiveFrom, String reason) {
        MemberUnit current = get(id);
        MemberUnit changed = current.changeStatus(status, effectiveFrom, reason, Actor.current(), clock.instant());
        return written(units.save(changed, current.version(), UnitStatusChanged.TYPE, changed.statusChanged()));
    }

    /**
     * Places a unit in a block for a year, or takes it out of that year's block when
     * {@code blockId} is null. Placing it in another block moves it.
     */
    public MemberUnit placeInBlock(MemberUnit current, int year, String blockId) {
        String previous = current.blockOf(year);
        MemberUnit placed = current.placeInBlock(year, blockId);
        return written(units.save(placed, current.version(), UnitBlockChanged.TYPE,
                new UnitBlockChanged(current.id(), current.tenantId(), year, blockId, previous)));
    }

    public MemberUnit get(String id) {
        return units.find(id).orElseThrow(() -> ApiProblem.notFound("unit", id));
    }

    /** The units with any of {@code taxCodes}: an import looks up thousands of rows at once. */
    public List<MemberUnit> findByTaxCodes(List<String> taxCodes) {
        return taxCodes.isEmpty() ? List.of() : search.findByTaxCodes(taxCodes);
    }

    public PageResponse<MemberUnit> search(UnitFilter filter, int page, int size) {
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
        UnitSearch wanted = new UnitSearch(q == null || TaxCode.looksLikeOne(q) ? q : Text.fold(q),
                filter.kind(), filter.sector(), filter.status(),
                filter.areaId() == null ? null : areas.withDescendants(filter.areaId()), filter.blockId(),
                filter.sort(), filter.direction());
        return search.search(wanted, page, size);
    }

    private MemberUnit written(MemberUnit unit) {
        search.written(unit);
        return unit;
    }

    private void requireArea(UnitProfile profile) {
        if (profile.areaId() != null && !areas.exists(profile.areaId())) {
            throw ApiProblem.ruleOnFields("unknown-area", List.of(new FieldProblem("areaId", "unknownArea")),
                    profile.areaId());
        }
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return units.count(null);
    }

    /** Tax codes registered in both tenants: such a merge must be settled by hand first. */
    @Override
    public List<String> conflicts(String from, String into) {
        List<String> clashes = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        Query fromCodes = Query.query(where("tenantId").is(from));
        fromCodes.fields().include("taxCode");
        for (org.bson.Document doc : mongo.find(fromCodes, org.bson.Document.class, COLLECTION)) {
            batch.add(doc.getString("taxCode"));
            if (batch.size() == 500) {
                clashes.addAll(clashing(into, batch));
                batch.clear();
            }
        }
        clashes.addAll(clashing(into, batch));
        return clashes.stream().map(code -> "taxCode " + code).toList();
    }

    private List<String> clashing(String into, List<String> taxCodes) {
        if (taxCodes.isEmpty()) {
            return List.of();
        }
        return mongo.findDistinct(Query.query(where("tenantId").is(into).and("taxCode").in(taxCodes)), "taxCode",
                COLLECTION, String.class);
    }

    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        List<String> moved = new ArrayList<>();
        long count = units.transferAll(into, UnitTransferred.TYPE, unit -> {
            moved.add(unit.id());
            return unit.transferred(into, effectiveOn);
        });
        moved.forEach(search::changed);
        return count;
    }
}
