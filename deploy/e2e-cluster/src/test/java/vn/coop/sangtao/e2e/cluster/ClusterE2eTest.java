package vn.coop.sangtao.e2e.cluster;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;
import vn.coop.sangtao.local.WebhookReceiver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every service and two gateways over three brokers: every submission's events are
 * handled once (webhooks by distinct id, awards' candidates), also while a broker or an instance of a
 * consuming service is killed with kill -9 in the middle of the submissions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterE2eTest {

    private static final int SUBMISSIONS = 24;
    private static final long PAUSE_MILLIS = 250;

    private RunningSuite cluster;
    private List<SangtaoApi> gateways;
    private String officer;
    private String member;
    private String unitId;
    private WebhookReceiver receiver;

    @BeforeAll
    void registerUnitAndWebhook() {
        cluster = ClusterSuite.get();
        gateways = List.of(new SangtaoApi(cluster.url("gateway")), new SangtaoApi(cluster.url("gateway-2")));
        officer = ClusterSuite.userToken("nb.officer");
        member = ClusterSuite.userToken("nb.member");
        String admin = ClusterSuite.userToken("nb.admin");
        SangtaoApi api = gateways.get(0);
        String taxCode = TaxCodes.from(281_000_000L + ThreadLocalRandom.current().nextInt(8_000_000));
        SangtaoApi.Response unit = api.post("/api/membership/units", officer, """
                {"name":"HTX Cụm máy chủ %s","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
                .formatted(taxCode, taxCode));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        unitId = unit.json().get("id").asString();
        // the unit reaches initiatives through its events: a first submission passes once it has
        await().atMost(Duration.ofSeconds(120)).until(() -> stream().submit(0, "Thăm dò").status() == 201);
        receiver = WebhookReceiver.start(0, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        SangtaoApi.Response endpoint = api.post("/api/integrations/endpoints", admin,
                "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]}");
        assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
        receiver.useSecret(endpoint.json().get("secret").asString());
    }

    @AfterAll
    void closeReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void shouldHandleEveryEventOnceWithTwoInstancesOfEveryService() {
        SubmissionStream submissions = stream();
        submissions.start("Sáng kiến cụm", SUBMISSIONS, PAUSE_MILLIS).join();

        assertEveryAcceptedSubmissionHandledOnce(submissions, Duration.ofSeconds(120));
    }

    @Test
    void shouldLoseNothingAndKeepAcceptingWhenABrokerIsKilledDuringSubmissions() {
        SubmissionStream submissions = stream();
        CompletableFuture<Void> running = submissions.start("Sáng kiến khi mất một broker", SUBMISSIONS, PAUSE_MILLIS);
        await().atMost(Duration.ofSeconds(60)).until(() -> submissions.accepted().size() >= SUBMISSIONS / 3);
        cluster.kill("kafka-2");
        try {
            running.join();
            assertEveryAcceptedSubmissionHandledOnce(submissions, Duration.ofSeconds(180));
        } finally {
            cluster.start("kafka-2");
        }
    }

    @Test
    void shouldMoveAKilledInstancesPartitionsToTheOtherAndLoseNothing() throws Exception {
        SubmissionStream submissions = stream();
        CompletableFuture<Void> running = submissions.start("Sáng kiến khi mất một máy awards", SUBMISSIONS, PAUSE_MILLIS);
        await().atMost(Duration.ofSeconds(60)).until(() -> submissions.accepted().size() >= SUBMISSIONS / 3);
        ConsumerGroup beforeKill = deliveryConsumers();
        cluster.kill("awards-2");
        cluster.kill("integrations-2");
        running.join();
        // the killed instances stay down: the survivors took over their partitions, and the gateways leave
        // the dead instances out of their rotation for the scenarios that follow
        assertEveryAcceptedSubmissionHandledOnce(submissions, Duration.ofSeconds(180));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ConsumerGroup afterKill = deliveryConsumers();
            assertThat(afterKill.members()).as("consumers of the surviving instance only").isLessThan(beforeKill.members());
            assertThat(afterKill.partitions()).as("every partition held by a survivor").hasSize(afterKill.topicPartitions());
        });
    }

    /**
     * The consumers of integrations' webhook deliveries, the partitions of the initiative events they hold,
     * and how many the topic has.
     */
    private record ConsumerGroup(int members, Set<Integer> partitions, int topicPartitions) {
    }

    private ConsumerGroup deliveryConsumers() throws Exception {
        String group = "integrations";
        String topic = "initiatives.initiative.events";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.kafkaBootstrap()))) {
            ConsumerGroupDescription described = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(30, TimeUnit.SECONDS);
            Set<Integer> partitions = described.members().stream()
                    .flatMap(member -> member.assignment().topicPartitions().stream())
                    .filter(partition -> partition.topic().equals(topic))
                    .map(TopicPartition::partition)
                    .collect(Collectors.toCollection(TreeSet::new));
            int topicPartitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            return new ConsumerGroup(described.members().size(), partitions, topicPartitions);
        }
    }

    private SubmissionStream stream() {
        return new SubmissionStream(gateways, member, unitId);
    }

    /**
     * Every submission answered 201, each one's webhook received (counted by distinct webhook id), and
     * each one listed once among awards' candidates.
     */
    private void assertEveryAcceptedSubmissionHandledOnce(SubmissionStream submissions, Duration patience) {
        assertThat(submissions.refused()).as("answers other than 201").isEmpty();
        List<String> accepted = submissions.accepted();
        assertThat(accepted).hasSize(SUBMISSIONS);
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> bodies = receiver.received().stream().map(WebhookReceiver.Delivery::body).toList();
            assertThat(accepted).allSatisfy(id -> assertThat(bodies).anySatisfy(body -> assertThat(body).contains(id)));
        });
        assertThat(receiver.invalidCount()).isZero();
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String candidates = gateways.get(0).get("/api/awards/candidates?size=200&year=2026", officer).body();
            assertThat(accepted).allSatisfy(id -> assertThat(occurrences(candidates, id)).as(id).isEqualTo(1));
        });
    }

    private static int occurrences(String text, String id) {
        return (int) Pattern.compile(Pattern.quote("\"" + id + "\"")).matcher(text).results().count();
    }
}
