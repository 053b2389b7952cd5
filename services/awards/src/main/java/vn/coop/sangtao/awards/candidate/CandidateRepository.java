package vn.coop.sangtao.awards.candidate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.ByIds;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The read model of candidate initiatives, keyed by initiative id: a redelivery rewrites the same. */
@Repository
public class CandidateRepository {

    static final String COLLECTION = "candidate_initiatives";

    private final MongoTemplate mongo;

    CandidateRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        // each submission upserts by (id, tenant): without this the embedded store reads every candidate
        KeyIndexes.forReadModel(mongo, COLLECTION);
    }

    public void remember(CandidateInitiative candidate) {
        Query same = Query.query(where(AggregateStore.TENANT).is(TenantContext.require()).and("_id").is(candidate.id()));
        Update values = new Update().set("title", candidate.title()).set("kind", candidate.kind())
                .set("year", candidate.year()).set("applyingUnitId", candidate.applyingUnitId())
                .set("authorNames", candidate.authorNames()).set("submittedAt", Date.from(candidate.submittedAt()));
        mongo.upsert(same, values, COLLECTION);
    }

    /** The current tenant's candidates among {@code ids}. */
    public List<CandidateInitiative> find(Collection<String> ids) {
        return List.copyOf(ByIds.ofTenant(mongo, COLLECTION, ids, CandidateInitiative.class).values());
    }

    List<CandidateInitiative> ofYear(int year, int page, int size) {
        Query query = Query.query(AggregateStore.scoped(where("year").is(year)))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt")).skip((long) page * size).limit(size);
        return mongo.find(query, CandidateInitiative.class, COLLECTION);
    }

    long countOfYear(int year) {
        return mongo.count(Query.query(AggregateStore.scoped(where("year").is(year))), COLLECTION);
    }
}
