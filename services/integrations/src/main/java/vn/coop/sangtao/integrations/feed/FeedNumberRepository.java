package vn.coop.sangtao.integrations.feed;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Hands out a tenant's feed numbers one append at a time, across threads and instances. A reader asks
 * for what comes after the last number it saw, so number 6 must never be stored while 5 is still on its
 * way: whoever takes a number holds the tenant's append lease (on the tenant's counter document) until
 * its event is stored. Another appender waits for the release, or for the lease to expire if the holder
 * died between taking and storing (its number stays unused, which readers never notice).
 */
class FeedNumberRepository {

    static final String COUNTERS = "feed_counters";
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final String HELD_UNTIL = "heldUntil";
    private static final String HOLDER = "holder";
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final MongoTemplate mongo;
    private final Clock clock;

    FeedNumberRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A number held until {@link #release}; the caller stores its event in between. */
    record Held(String tenant, long number, String holder) {
    }

    /**
     * Takes the tenant's next number with its lease, waiting while another appender holds it.
     *
     * @throws IllegalStateException when the lease stayed taken for two leases' time
     *                               (the consumer's retry tries again)
     */
    Held take(String tenant) {
        String holder = UUID.randomUUID().toString();
        long giveUpAt = System.nanoTime() + 2 * LEASE.toNanos();
        while (true) {
            Instant at = clock.instant();
            Query free = Query.query(where("_id").is(tenant)
                    .orOperator(where(HELD_UNTIL).exists(false), where(HELD_UNTIL).lte(Date.from(at))));
            Update take = new Update().inc("seq", 1L).set(HOLDER, holder).set(HELD_UNTIL, Date.from(at.plus(LEASE)));
            try {
                Document counter = mongo.findAndModify(free, take,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
                return new Held(tenant, ((Number) counter.get("seq")).longValue(), holder);
            } catch (DuplicateKeyException heldByAnother) {
                if (System.nanoTime() > giveUpAt) {
                    throw new IllegalStateException("the feed of " + tenant + " stayed locked for " + LEASE.multipliedBy(2));
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }

    /** Lets the next appender of the tenant go on; a lease that expired and moved on is left alone. */
    void release(Held held) {
        mongo.updateFirst(Query.query(where("_id").is(held.tenant()).and(HOLDER).is(held.holder())),
                new Update().unset(HELD_UNTIL).unset(HOLDER), COUNTERS);
    }
}
