package vn.coop.sangtao.platform.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.coop.sangtao.platform.audit.AuditTrail;
import vn.coop.sangtao.platform.work.PollingLoop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events waiting in aggregate outboxes, on a few threads. A document is claimed with a
 * lease (so that threads and instances never publish the same events at once, and a dead instance's
 * claim expires),
 * its events are sent in order with an idempotent producer, written to the audit trail, and only
 * then pulled from the outbox. A crash between send and pull re-sends: consumers are idempotent.
 * While Kafka is down nothing is pulled, so nothing is lost.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final OutboxPublisher publisher;
    private final AuditTrail audit;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final List<PollingLoop> loops;
    private volatile boolean running;
    private final Queue<Hint> hints = new ConcurrentLinkedQueue<>();
    private volatile Instant nextSweep = Instant.MIN;

    private record Hint(String collection, Object id) {
    }

    public OutboxRelay(MongoTemplate mongo, OutboxPublisher publisher, AuditTrail audit,
                       OutboxProperties properties, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.loops = IntStream.range(0, properties.threads()).mapToObj(i -> new PollingLoop("outbox-relay-" + i,
                properties.pollInterval(), properties.maxBackOff(), this::drain)).toList();
    }

    /**
     * Called after a write with events, so they leave at once. The hint lets the relay claim that
     * document by id instead of searching: a search costs a scan wherever the store has no secondary
     * index (the embedded store of the local run), so searches only sweep up what hints missed (other
     * instances' writes, sends that failed) every sweep interval.
     */
    public void signal(String collection, Object id) {
        hints.add(new Hint(collection, id));
        loops.forEach(PollingLoop::signal);
    }

    @Override
    public void start() {
        running = true;
        loops.forEach(PollingLoop::start);
    }

    @Override
    public void stop() {
        running = false;
        loops.forEach(PollingLoop::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Publishes the hinted documents, and everything else pending when a sweep is due. */
    private void drain() {
        Hint hint;
        while (running && (hint = hints.poll()) != null) {
            Document claimed = claimUnleased(hint.collection(), hint.id());
            if (claimed != null) {
                publish(hint.collection(), claimed);
            }
        }
        if (clock.instant().isBefore(nextSweep)) {
            return;
        }
        nextSweep = clock.instant().plus(properties.sweepInterval());
        for (String collection : properties.collections()) {
            for (Document free : pendingAndFree(collection)) {
                if (!running) {
                    return;
                }
                // an expired lease (its holder died) cannot be claimed by id and an empty owner
                Document claimed = free.get(OutboxFields.LEASE_OWNER) == null
                        ? claimUnleased(collection, free.get("_id"))
                        : claim(collection, where("_id").is(free.get("_id")));
                if (claimed != null) {
                    publish(collection, claimed);
                }
            }
        }
    }

    /**
     * The documents with pending events that no live lease holds, found in one pass over the collection
     * (ids and lease owners only). Claiming each by id afterwards costs an index lookup, where claiming
     * "any pending document" again and again would cost a pass over the collection per document on a
     * store without a secondary index: the embedded store of the local run spent most of its time so
     * once a service held tens of thousands of aggregates.
     */
    private List<Document> pendingAndFree(String collection) {
        Query pending = Query.query(free(new Criteria()));
        pending.fields().include("_id", OutboxFields.LEASE_OWNER);
        return mongo.find(pending, Document.class, collection);
    }

    /**
     * Claims the hinted document when no one holds it. The query is exactly {@code _id} and the lease
     * owner, a shape the embedded store answers from a unique index on those two fields where a
     * collection has one (see {@link OutboxFields#LEASE_OWNER}); an expired lease of a dead instance is
     * left to the sweep. The document may have nothing pending by now: publishing it then sends nothing.
     */
    private Document claimUnleased(String collection, Object id) {
        return mongo.findAndModify(Query.query(where("_id").is(id).and(OutboxFields.LEASE_OWNER).is(null)), lease(),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
    }

    /** Claims a document with pending events that no live lease holds. */
    private Document claim(String collection, Criteria which) {
        return mongo.findAndModify(Query.query(free(which)), lease(), FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
    }

    /** {@code which}, narrowed to documents with pending events and no live lease. */
    private Criteria free(Criteria which) {
        Date now = Date.from(clock.instant());
        return which.and(OutboxFields.FIRST_PENDING).exists(true).orOperator(
                where(OutboxFields.LEASE_UNTIL).exists(false), where(OutboxFields.LEASE_UNTIL).lt(now));
    }

    private Update lease() {
        return new Update()
                .set(OutboxFields.LEASE_UNTIL, Date.from(clock.instant().plus(properties.lease())))
                .set(OutboxFields.LEASE_OWNER, owner);
    }

    private void publish(String collection, Document doc) {
        Object id = doc.get("_id");
        List<String> sent = new ArrayList<>();
        try {
            for (Document raw : doc.getList(OutboxFields.OUTBOX, Document.class, List.of())) {
                PendingEvent event = PendingEvent.fromDocument(raw);
                publisher.send(event);
                audit.record(collection, event);
                sent.add(event.eventId());
            }
        } finally {
            release(collection, id, sent);
        }
    }

    private void release(String collection, Object id, List<String> sent) {
        Update update = new Update().unset(OutboxFields.LEASE_UNTIL).unset(OutboxFields.LEASE_OWNER);
        if (!sent.isEmpty()) {
            update.pull(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", sent)));
        }
        Query mine = Query.query(where("_id").is(id).and(OutboxFields.LEASE_OWNER).is(owner));
        mongo.updateFirst(mine, update, collection);
        if (!sent.isEmpty()) {
            log.debug("outbox published count={} collection={} id={}", sent.size(), collection, id);
        }
    }
}
