package vn.coop.sangtao.membership.block;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitFilter;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Forming the year's emulation blocks and seating units in them. */
@Service
public class BlockService implements MergeParticipant {

    static final String COLLECTION = "blocks";
    private static final int ALL_MEMBERS = 2_000;

    private final Aggregates<Block> blocks;
    private final MongoTemplate mongo;
    private final UnitService units;
    private final Clock clock;

    BlockService(AggregateStore store, EventFactory events, MongoTemplate mongo, UnitService units, Clock clock) {
        this.blocks = new Aggregates<>(store, events, COLLECTION, BlockEvent.TOPIC, Block.class, Block::id);
        this.mongo = mongo;
        this.units = units;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).on("nameKey", Sort.Direction.ASC).unique().named("tenant_year_name"));
    }

    public Block form(int year, String name) {
        Block block = Block.form(year, name, clock.instant(), Actor.current());
        try {
            blocks.insert(block, BlockEvent.FORMED, block.snapshot(TenantContext.require()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-block", name, year);
        }
        return block;
    }

    /** Renames a block and names its leader and deputy, who must be two of its member units. */
    public Block lead(String id, long version, String name, String leaderUnitId, String deputyUnitId) {
        Block block = get(id);
        if (leaderUnitId != null && leaderUnitId.equals(deputyUnitId)) {
            throw ApiProblem.rule("leader-and-deputy-differ");
        }
        for (String unitId : new String[]{leaderUnitId, deputyUnitId}) {
            if (unitId != null && !id.equals(units.get(unitId).blockOf(block.year()))) {
                throw ApiProblem.rule("leader-not-member", units.get(unitId).name(), block.name());
            }
        }
        Block led = block.lead(name, leaderUnitId, deputyUnitId);
        try {
            return blocks.save(led, version, BlockEvent.CHANGED, led.snapshot(TenantContext.require()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-block", name, block.year());
        }
    }

    /**
     * Seats a unit in the block for its year. A unit already seated in another block of that year is
     * refused with 409, unless {@code move} says to move it from there.
     */
    public MemberUnit seat(String blockId, String unitId, boolean move) {
        Block block = get(blockId);
        MemberUnit unit = units.get(unitId);
        String current = unit.blockOf(block.year());
        if (blockId.equals(current)) {
            return unit;
        }
        if (current != null) {
            Block other = get(current);
            if (!move) {
                throw ApiProblem.conflict("unit-in-another-block", unit.name(), other.name(), block.year());
            }
            if (other.isLedBy(unitId)) {
                throw ApiProblem.rule("leader-cannot-leave", unit.name(), other.name());
            }
        }
        return units.placeInBlock(unit, block.year(), blockId);
    }

    public MemberUnit unseat(String blockId, String unitId) {
        Block block = get(blockId);
        MemberUnit unit = units.get(unitId);
        if (!blockId.equals(unit.blockOf(block.year()))) {
            throw ApiProblem.rule("unit-not-in-block", unit.name(), block.name());
        }
        if (block.isLedBy(unitId)) {
            throw ApiProblem.rule("leader-cannot-leave", unit.name(), block.name());
        }
        return units.placeInBlock(unit, block.year(), null);
    }

    public Block get(String id) {
        return blocks.find(id).orElseThrow(() -> ApiProblem.notFound("block", id));
    }

    public List<MemberUnit> members(String blockId) {
        return units.search(new UnitFilter(null, null, null, null, null, blockId, null, null), 0, ALL_MEMBERS).items();
    }

    public PageResponse<Block> list(Integer year, int page, int size) {
        Criteria filter = year == null ? null : where("year").is(year);
        return blocks.page(filter, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("nameKey", "_id")), page, size);
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return blocks.count(null);
    }

    /**
     * Moves the blocks to the absorbing tenant. A block named like one the absorbing tenant already
     * has that year is renamed first, with the merged tenant's id, so that both stay and read apart.
     */
    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        String from = TenantContext.require();
        for (Block block : blocks.find(null, Sort.by("_id"), 0, Integer.MAX_VALUE)) {
            Query clash = Query.query(where(AggregateStore.TENANT).is(into).and("year").is(block.year())
                    .and("nameKey").is(block.nameKey()));
            if (mongo.exists(clash, COLLECTION)) {
                Block renamed = block.lead(block.name() + " (" + from + ")", block.leaderUnitId(), block.deputyUnitId());
                blocks.save(renamed, block.version(), BlockEvent.CHANGED, renamed.snapshot(from));
            }
        }
        return blocks.transferAll(into, BlockEvent.FORMED, block -> block.snapshot(into));
    }
}
