package vn.coop.sangtao.membership.exchange;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Import jobs, in the store so that any instance answers for a job another one runs. Each change is
 * a single-document update by id.
 */
@Repository
class ImportJobRepository {

    static final String COLLECTION = "import_jobs";

    private final MongoTemplate mongo;

    ImportJobRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(ImportJob job) {
        mongo.insert(job, COLLECTION);
    }

    /** The current tenant's job, or empty for an unknown id or another tenant's job. */
    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, COLLECTION))
                .filter(job -> job.tenantId().equals(TenantContext.require()));
    }

    void progress(String id, int applied, Instant now) {
        update(id, new Update().set("applied", applied).set("aliveAt", now));
    }

    void finish(String id, ImportReport report, Instant now) {
        update(id, new Update().set("status", ImportStatus.DONE).set("applied", report.rows()).set("report", report)
                .set("aliveAt", now).set("finishedAt", now));
    }

    void fail(String id, String failure, Instant now) {
        update(id, new Update().set("status", ImportStatus.FAILED).set("failure", failure).set("aliveAt", now)
                .set("finishedAt", now));
    }

    private void update(String id, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(id)), update, COLLECTION);
    }
}
