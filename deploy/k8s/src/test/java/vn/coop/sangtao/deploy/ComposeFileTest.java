package vn.coop.sangtao.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-host deployment keeps the guarantees of production: three brokers, three store members, health. */
class ComposeFileTest {

    private final Map<String, Map<String, Object>> services = ComposeFile.services();

    @Test
    void shouldRunThreeKafkaBrokersReplicatingThreeTimes() {
        List<Map<String, Object>> brokers = services.values().stream()
                .filter(service -> String.valueOf(service.get("image")).startsWith("apache/kafka:"))
                .toList();
        assertThat(brokers).hasSize(3).allSatisfy(broker -> {
            Map<String, Object> env = Tree.map(broker, "environment");
            assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES"))).contains("broker").contains("controller");
            assertThat(String.valueOf(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).split(",")).hasSize(3);
            assertThat(env).containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3);
        });
        assertThat(brokers.stream().map(broker -> Tree.text(broker, "environment.KAFKA_NODE_ID")).distinct()).hasSize(3);
    }

    @Test
    void shouldRunThreeMongoMembersOfOneReplicaSetAndInitiateIt() {
        List<Map<String, Object>> members = services.values().stream()
                .filter(service -> String.valueOf(service.get("command")).contains("--replSet"))
                .toList();
        assertThat(members).hasSize(3).allSatisfy(member ->
                assertThat(String.valueOf(member.get("image"))).startsWith("mongo:8.0."));
        assertThat(services.get("mongo-init")).as("the one-shot rs.initiate").isNotNull();
    }

    @Test
    void shouldCheckTheHealthOfEveryServingContainer() {
        services.forEach((name, service) -> {
            if (!ComposeFile.isOneShot(service)) {
                assertThat(Tree.at(service, "healthcheck.test")).as(name + " healthcheck").isNotNull();
            }
        });
    }

    @Test
    void shouldStartDependentsOnlyOnceTheirDependenciesAreHealthy() {
        services.forEach((name, service) -> {
            // the short list form would only wait for the dependency to start, not to be healthy
            assertThat(service.get("depends_on") instanceof List).as(name + " depends_on with conditions").isFalse();
            Tree.map(service, "depends_on").forEach((dependency, condition) ->
                    assertThat(Tree.text(condition, "condition")).as(name + " -> " + dependency)
                            .isIn("service_healthy", "service_completed_successfully"));
        });
        assertThat(Tree.map(services.get("gateway"), "depends_on")).containsKeys("identity", "redis");
    }

    @Test
    void shouldPinEveryImage() {
        services.forEach((name, service) ->
                assertThat(Images.isPinned(String.valueOf(service.get("image")))).as(name + " image " + service.get("image")).isTrue());
    }

    @Test
    void shouldPublishOnlyTheGatewayAndIdentity() {
        List<String> published = services.entrySet().stream()
                .filter(entry -> entry.getValue().containsKey("ports"))
                .map(Map.Entry::getKey).toList();
        assertThat(published).containsExactlyInAnyOrder("gateway", "identity");
    }

    @Test
    void shouldTakeEverySecretFromTheEnvironmentFile() {
        services.forEach((name, service) -> Tree.map(service, "environment").forEach((variable, value) -> {
            String text = String.valueOf(value);
            if (SecretNames.looksSecret(variable) || SecretNames.carriesCredentials(text)) {
                assertThat(text).as(name + " " + variable + " comes from .env").contains("${");
            }
        }));
    }
}
