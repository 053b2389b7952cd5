package vn.coop.sangtao.deploy;

import org.junit.jupiter.api.Test;

import java.net.URI;
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

    /** Each route of the gateway names a service of the file listening on that port. */
    @Test
    void shouldRouteTheGatewayToServicesOfThisFile() {
        Map<String, Object> gateway = Tree.map(services.get("gateway"), "environment");
        assertThat(gateway).as("the gateway's route to the console (ConsoleRouting)")
                .containsEntry("SANGTAO_ROUTES_CONSOLE", "http://console:8086");
        gateway.forEach((variable, value) -> {
            if (variable.startsWith("SANGTAO_ROUTES_")) {
                URI uri = URI.create(String.valueOf(value));
                assertThat(services).as(variable).containsKey(uri.getHost());
                assertThat(Tree.text(services.get(uri.getHost()), "environment.SERVER_PORT")).as(variable)
                        .isEqualTo(String.valueOf(uri.getPort())).isEqualTo(String.valueOf(Apps.PORTS.get(uri.getHost())));
                assertThat(Tree.text(services.get("gateway"), "depends_on." + uri.getHost() + ".condition"))
                        .as("the gateway waits for " + uri.getHost()).isEqualTo("service_healthy");
            }
        });
    }

    @Test
    void shouldRunTheConsoleWithoutStoresAndWithIdentitysSettings() {
        Map<String, Object> console = services.get("console");
        assertThat(console).as("the console service").isNotNull();
        assertThat(Tree.text(console, "build.args.MODULE")).isEqualTo("services/console");
        assertThat(Tree.text(console, "image")).isEqualTo("sangtao-console:compose");
        Map<String, Object> env = Tree.map(console, "environment");
        Map<String, Object> identity = Tree.map(services.get("identity"), "environment");
        assertThat(env).containsEntry("SANGTAO_CONSOLE_GATEWAY_URI", "http://gateway:8080")
                .containsEntry("SANGTAO_CONSOLE_IDENTITY_URI", identity.get("SANGTAO_IDENTITY_URI"))
                .doesNotContainKeys("MONGODB_URI", "KAFKA_BOOTSTRAP");
        assertThat(variables(env.get("SANGTAO_CONSOLE_ISSUER"))).as("the issuer the tokens carry")
                .isEqualTo(variables(identity.get("SANGTAO_IDENTITY_ISSUER")));
        assertThat(variables(env.get("SANGTAO_CONSOLE_CLIENT_SECRET"))).as("the secret identity registers the console with")
                .isEqualTo(variables(identity.get("SANGTAO_IDENTITY_CONSOLE_SECRET"))).isEqualTo("${SANGTAO_IDENTITY_CONSOLE_SECRET}");
        assertThat(Tree.map(console, "depends_on").keySet()).as("the console needs no store").noneMatch(d -> d.startsWith("kafka") || d.startsWith("mongo"));
    }

    /** A value with its variables' checks (${VAR:?message}) reduced to the variables (${VAR}). */
    private static String variables(Object value) {
        return String.valueOf(value).replaceAll("\\$\\{([A-Z0-9_]+)[:?][^}]*}", "\\${$1}");
    }
}
