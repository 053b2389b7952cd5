package vn.coop.sangtao.platform.work;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.coop.sangtao.platform.test.InMemoryMongo;
import vn.coop.sangtao.platform.test.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of a service sharing one store, each with its own {@link JobLocks}, on a clock the test moves. */
class JobLocksTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private MongoClient client;
    private MongoTemplate mongo;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-30T08:00:00Z"));
    private JobLocks first;
    private JobLocks second;

    @BeforeEach
    void setUp() {
        ConnectionString uri = new ConnectionString(InMemoryMongo.freshDatabaseUri());
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
        first = new JobLocks(mongo, clock, "instance-1");
        second = new JobLocks(mongo, clock, "instance-2");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void onlyOneInstanceHoldsAJobWhileItsLeaseLasts() {
        assertThat(first.tryHold("feed-retention", LEASE)).isTrue();
        assertThat(second.tryHold("feed-retention", LEASE)).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(first.tryHold("feed-retention", LEASE)).as("the holder renews").isTrue();
        clock.advance(Duration.ofSeconds(90));
        assertThat(second.tryHold("feed-retention", LEASE)).as("the renewed lease still lasts").isFalse();
        assertThat(mongo.getCollection(JobLocks.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void anotherInstanceTakesOverOnceTheHoldersLeaseExpires() {
        assertThat(first.tryHold("feed-retention", LEASE)).isTrue();
        clock.advance(LEASE);
        assertThat(second.tryHold("feed-retention", LEASE)).as("the holder stopped renewing").isTrue();
        assertThat(first.tryHold("feed-retention", LEASE)).as("the old holder now waits").isFalse();
    }

    @Test
    void jobsAreLockedEachOnTheirOwn() {
        assertThat(first.tryHold("feed-retention", LEASE)).isTrue();
        assertThat(second.tryHold("statutory-reminders", LEASE)).isTrue();
    }

    @Test
    void aRoundOfTimersAcrossInstancesRunsTheJobOnce() {
        AtomicInteger runs = new AtomicInteger();
        for (JobLocks instance : new JobLocks[] { first, second, first, second }) {
            instance.runIfHeld("feed-retention", LEASE, runs::incrementAndGet);
        }
        assertThat(runs).hasValue(2);
        assertThat(second.runIfHeld("feed-retention", LEASE, runs::incrementAndGet)).isFalse();
    }
}
