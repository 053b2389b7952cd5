package vn.coop.sangtao.integrations.feed;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Feed numbers taken by several appenders (threads or instances) sharing one store. */
class FeedNumberRepositoryTest {

    private MongoClient client;
    private MongoTemplate mongo;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-30T08:00:00Z"));
    private final ExecutorService appenders = Executors.newFixedThreadPool(4);

    @BeforeEach
    void setUp() {
        ConnectionString uri = new ConnectionString(InMemoryMongo.freshDatabaseUri());
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
    }

    @AfterEach
    void tearDown() {
        appenders.shutdownNow();
        client.close();
    }

    @Test
    void aSecondAppenderWaitsUntilTheFirstHasStoredItsEvent() {
        FeedNumberRepository instanceOne = new FeedNumberRepository(mongo, clock);
        FeedNumberRepository instanceTwo = new FeedNumberRepository(mongo, clock);
        FeedNumberRepository.Held first = instanceOne.take("ninh-binh");
        CompletableFuture<FeedNumberRepository.Held> second = CompletableFuture.supplyAsync(() -> instanceTwo.take("ninh-binh"),
                appenders);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !second.isDone());
        instanceOne.release(first);

        await().atMost(Duration.ofSeconds(5)).until(second::isDone);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.join().number()).isEqualTo(2);
    }

    @Test
    void otherTenantsDoNotWait() {
        FeedNumberRepository numbers = new FeedNumberRepository(mongo, clock);
        numbers.take("ninh-binh");
        assertThat(numbers.take("quang-tri").number()).isEqualTo(1);
    }

    @Test
    void anAppenderThatDiedHoldingTheLeaseIsOvertakenOnceItExpires() {
        FeedNumberRepository numbers = new FeedNumberRepository(mongo, clock);
        numbers.take("ninh-binh");
        clock.advance(FeedNumberRepository.LEASE);
        FeedNumberRepository.Held next = numbers.take("ninh-binh");
        assertThat(next.number()).as("number 1 stays unused, which readers never notice").isEqualTo(2);
    }

    @Test
    void appendersRacingOnOneTenantGetEveryNumberOnceAndStoreInOrder() {
        List<FeedNumberRepository> instances = List.of(new FeedNumberRepository(mongo, clock), new FeedNumberRepository(mongo, clock));
        Set<Long> stored = ConcurrentHashMap.newKeySet();
        List<String> outOfOrder = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> runs = IntStream.range(0, 4).mapToObj(thread -> CompletableFuture.runAsync(() -> {
            FeedNumberRepository numbers = instances.get(thread % 2);
            for (int i = 0; i < 40; i++) {
                FeedNumberRepository.Held held = numbers.take("ninh-binh");
                // what the appender stores under the lease: every smaller number must be stored already
                if (held.number() > 1 && !stored.contains(held.number() - 1)) {
                    outOfOrder.add(held.number() + " before " + (held.number() - 1));
                }
                stored.add(held.number());
                numbers.release(held);
            }
        }, appenders)).toList();
        runs.forEach(CompletableFuture::join);

        assertThat(outOfOrder).isEmpty();
        assertThat(stored).isEqualTo(LongStream.rangeClosed(1, 160).boxed().collect(Collectors.toSet()));
    }
}
