package vn.coop.sangtao.awards.report;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.messaging.AppliedEvents;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The national tenant's rows of the awards its provinces granted, one per province and year, kept
 * from the provinces' own award.granted events: awards never reads another tenant's records. Each
 * row counts a granted award at most once ({@link AppliedEvents}, keyed by the award's id, so a
 * redelivered or re-sent event changes nothing). Amounts are kept as thousandths of the base salary,
 * so that they add up exactly.
 */
@Repository
public class ProvinceTotalsRepository {

    static final String COLLECTION = "province_award_totals";

    /** A province's row: how many awards it granted in the year, and their multiples in thousandths. */
    public record ProvinceCount(String province, long count, long thousandths) {
    }

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    ProvinceTotalsRepository(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
        KeyIndexes.forReadModel(mongo, COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).named("tenant_year"));
    }

    /** Counts one award a province granted into the current (national) tenant's row of its year. */
    public boolean count(String awardId, String province, int year, long thousandths) {
        return applied.applyOnce(COLLECTION, TenantContext.require() + ":" + year + ":" + province, "award:" + awardId,
                new Update().set("province", province).set("year", year).inc("count", 1).inc("thousandths",
                        thousandths));
    }

    /** The current tenant's rows of {@code year}, by province id. */
    public List<ProvinceCount> ofYear(int year) {
        Query query = Query.query(where(AggregateStore.TENANT).is(TenantContext.require()).and("year").is(year))
                .with(Sort.by("province"));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new ProvinceCount(d.getString("province"), number(d, "count"), number(d, "thousandths")))
                .toList();
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
