package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka and MongoDB are replicated so that one lost node loses and refuses nothing. */
class MessagingAndStoreManifestsTest {

    /** sangtao.kafka.partitions when the environment does not set it (prod profile of sangtao-platform.yml). */
    static final int PROD_PROFILE_PARTITIONS = 12;

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRunThreeKafkaVotersWithReplicationThreeAndTwoInSync(String kustomization) {
        Render render = Render.of(kustomization);
        Map<String, Object> kafka = render.find("Kafka", "sangtao").orElseThrow();
        assertThat(Tree.text(kafka, "apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
        Map<String, Object> config = Tree.map(kafka, "spec.kafka.config");
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3);
        assertThat(Tree.map(kafka, "metadata.annotations")).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        int voters = render.ofKind("KafkaNodePool").stream()
                .filter(pool -> Tree.strings(pool, "spec.roles").contains("controller"))
                .mapToInt(pool -> Tree.number(pool, "spec.replicas")).sum();
        assertThat(voters).as(render + ": KRaft controllers").isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldDeclareEveryTopicTheServicesUse(String kustomization) {
        Render render = Render.of(kustomization);
        List<String> declared = render.ofKind("KafkaTopic").stream()
                .map(topic -> Tree.text(topic, "spec.topicName") != null ? Tree.text(topic, "spec.topicName") : Render.nameOf(topic))
                .toList();
        assertThat(declared).as(render + ": KafkaTopics").containsAll(ServiceTopics.all());
        for (Map<String, Object> topic : render.ofKind("KafkaTopic")) {
            assertThat(Tree.number(topic, "spec.replicas")).as(Render.nameOf(topic)).isEqualTo(3);
            assertThat(Tree.number(topic, "spec.config.min\\.insync\\.replicas")).as(Render.nameOf(topic)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveEveryTopicAPartitionForEachInstanceAConsumerMayScaleTo(String kustomization) {
        Render render = Render.of(kustomization);
        int largestScale = render.ofKind("HorizontalPodAutoscaler").stream()
                .mapToInt(hpa -> Tree.number(hpa, "spec.maxReplicas")).max().orElseThrow();
        assertThat(render.ofKind("KafkaTopic")).as(render + ": partitions >= " + largestScale)
                .allSatisfy(topic -> assertThat(Tree.number(topic, "spec.partitions"))
                        .as(Render.nameOf(topic)).isGreaterThanOrEqualTo(largestScale));
    }

    /** The binder creates topics but never adds partitions: below its minimum a service does not start. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveEveryTopicAtLeastThePartitionsTheServicesRequire(String kustomization) {
        Render render = Render.of(kustomization);
        String configured = Tree.text(render.find("ConfigMap", "sangtao-config").orElseThrow(), "data.SANGTAO_KAFKA_PARTITIONS");
        int required = configured == null ? PROD_PROFILE_PARTITIONS : Integer.parseInt(configured);
        assertThat(render.ofKind("KafkaTopic")).as(render + ": partitions >= SANGTAO_KAFKA_PARTITIONS " + required)
                .allSatisfy(topic -> assertThat(Tree.number(topic, "spec.partitions"))
                        .as(Render.nameOf(topic)).isGreaterThanOrEqualTo(required));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRunMongoAsAThreeMemberReplicaSet(String kustomization) {
        Render render = Render.of(kustomization);
        Map<String, Object> mongo = render.ofKind("MongoDBCommunity").get(0);
        assertThat(Tree.text(mongo, "apiVersion")).isEqualTo("mongodbcommunity.mongodb.com/v1");
        assertThat(Tree.text(mongo, "spec.type")).isEqualTo("ReplicaSet");
        assertThat(Tree.number(mongo, "spec.members")).isEqualTo(3);
    }
}
