package vn.coop.sangtao.initiatives.review;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Each tenant's rubric, {@link Rubric#DEFAULT} until its admin sets one. */
@Component
public class RubricRepository {

    static final String COLLECTION = "review_settings";

    private final MongoTemplate mongo;
    private final Clock clock;

    RubricRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Rubric current() {
        Rubric stored = mongo.findOne(mine(), Rubric.class, COLLECTION);
        return stored != null ? stored : Rubric.DEFAULT;
    }

    public Rubric set(Rubric rubric) {
        mongo.upsert(mine(), new Update().set("noveltyWeight", rubric.noveltyWeight())
                .set("applicabilityWeight", rubric.applicabilityWeight())
                .set("effectivenessWeight", rubric.effectivenessWeight()).set("passMark", rubric.passMark())
                .set("minimumReviews", rubric.minimumReviews()).set("blindByDefault", rubric.blindByDefault())
                .set("changedBy", Actor.current()).set("changedAt", clock.instant()), COLLECTION);
        return current();
    }

    private static Query mine() {
        return Query.query(where("_id").is(TenantContext.require()));
    }
}
