package vn.coop.sangtao.platform.work;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Leases in the store that let one instance of a service at a time run a periodic job (a purge, a
 * reminder round), however many instances run it on a timer. The holder renews its lease each time it
 * runs and never releases it, so the others skip until it stops renewing: an instance that dies holding
 * a lease hands the job over once the lease expires. A lease should therefore outlast the job's interval
 * (twice the interval is a good choice).
 * <p>
 * One document per job in {@code job_locks}: {@code _id} the job's name, the owner and the lease's end.
 * Taking a lease is one upsert that matches a lease that expired or is already this instance's; when
 * another instance holds a live lease the upsert tries to insert a second document with the same
 * {@code _id} and the store refuses it, which is the answer "not yours".
 */
public class JobLocks {

    static final String COLLECTION = "job_locks";
    static final String OWNER = "owner";
    static final String UNTIL = "until";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner;

    public JobLocks(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, UUID.randomUUID().toString());
    }

    JobLocks(MongoTemplate mongo, Clock clock, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.owner = owner;
    }

    /** Takes or renews the job's lease for {@code lease}; false while another instance holds it. */
    public boolean tryHold(String job, Duration lease) {
        Instant now = clock.instant();
        Query freeOrMine = Query.query(where("_id").is(job)
                .orOperator(where(UNTIL).lte(Date.from(now)), where(OWNER).is(owner)));
        Update hold = new Update().set(OWNER, owner).set(UNTIL, Date.from(now.plus(lease)));
        try {
            mongo.upsert(freeOrMine, hold, COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Runs {@code job} if this instance holds (or could take) its lease; true when it ran. */
    public boolean runIfHeld(String job, Duration lease, Runnable work) {
        if (!tryHold(job, lease)) {
            return false;
        }
        work.run();
        return true;
    }
}
