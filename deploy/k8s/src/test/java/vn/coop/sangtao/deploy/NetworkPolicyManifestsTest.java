package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import vn.coop.sangtao.deploy.NetworkPolicies.Pod;

import static org.assertj.core.api.Assertions.assertThat;

/** The namespace refuses connections unless a policy allows them, and the apps reach only what they use. */
class NetworkPolicyManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldDenyIngressToEveryPodByDefault(String kustomization) {
        Render render = Render.of(kustomization);
        assertThat(render.ofKind("NetworkPolicy")).as(render + ": a default-deny ingress policy").anySatisfy(policy -> {
            assertThat(Tree.map(policy, "spec.podSelector")).as("selects every pod").isEmpty();
            assertThat(Tree.strings(policy, "spec.policyTypes")).contains("Ingress");
            assertThat(Tree.maps(policy, "spec.ingress")).as("allows nothing").isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetTheAppsResolveNamesWhenTheirEgressIsRestricted(String kustomization) {
        Render render = Render.of(kustomization);
        List<Map<String, Object>> appEgress = render.ofKind("NetworkPolicy").stream()
                .filter(policy -> "app".equals(Tree.text(policy, "spec.podSelector.matchLabels.app\\.kubernetes\\.io/component")))
                .filter(policy -> Tree.strings(policy, "spec.policyTypes").contains("Egress"))
                .toList();
        assertThat(appEgress).as(render + ": an egress policy for the apps").isNotEmpty();
        assertThat(appEgress).anySatisfy(policy -> assertThat(Tree.maps(policy, "spec.egress"))
                .anySatisfy(rule -> assertThat(Tree.maps(rule, "ports")).anySatisfy(port ->
                        assertThat(String.valueOf(port.get("port"))).isEqualTo("53"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldExposeOnlyTheGatewayAndIdentity(String kustomization) {
        Render render = Render.of(kustomization);
        List<String> backends = render.ofKind("Ingress").stream()
                .flatMap(ingress -> Tree.maps(ingress, "spec.rules").stream())
                .flatMap(rule -> Tree.maps(rule, "http.paths").stream())
                .map(path -> Tree.text(path, "backend.service.name"))
                .distinct().toList();
        assertThat(backends).as(render + ": Services behind the Ingress").containsExactlyInAnyOrder("gateway", "identity");
        assertThat(render.ofKind("Service")).as(render + ": nothing else published by its Service")
                .allSatisfy(service -> assertThat(Tree.text(service, "spec.type")).isIn(null, "ClusterIP"));
    }

    static final Pod INGRESS_CONTROLLER = Pod.inNamespace("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Pod PROMETHEUS = Pod.inNamespace("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    static final Pod KUBE_DNS = Pod.inNamespace("kube-system", Map.of("k8s-app", "kube-dns"));
    static final Pod MONGODB = new Pod(null, Map.of("app", "sangtao-mongodb-svc"));
    static final Pod KAFKA_BROKER = new Pod(null, Map.of("strimzi.io/cluster", "sangtao", "strimzi.io/kind", "Kafka"));
    static final Pod REDIS = new Pod(null, Map.of("app.kubernetes.io/name", "redis"));

    /** Every route of the gateway names a Service and port of the render, and the policies let the call through. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetTheGatewayReachEveryAppItRoutesTo(String kustomization) {
        Render render = Render.of(kustomization);
        Map<String, Object> routes = Tree.map(render.find("ConfigMap", "sangtao-gateway-config").orElseThrow(), "data");
        assertThat(routes).as(render + ": the gateway's route to the console (ConsoleRouting)")
                .containsEntry("SANGTAO_ROUTES_CONSOLE", "http://console:8086");
        List<String> routed = routes.keySet().stream().filter(key -> key.startsWith("SANGTAO_ROUTES_")).toList();
        assertThat(routed).hasSize(6);
        for (String key : routed) {
            URI uri = URI.create(String.valueOf(routes.get(key)));
            String app = uri.getHost();
            assertThat(app).as(key).isEqualTo(key.substring("SANGTAO_ROUTES_".length()).toLowerCase());
            assertThat(uri.getPort()).as(key).isEqualTo(Apps.PORTS.get(app));
            assertThat(Tree.maps(render.find("Service", app).orElseThrow(), "spec.ports")).as(render + " Service " + app)
                    .anySatisfy(port -> assertThat(port).containsEntry("port", uri.getPort()));
            assertThat(NetworkPolicies.allowsConnection(render, Pod.app(render, "gateway"), Pod.app(render, app), uri.getPort()))
                    .as(render + ": the gateway may open " + uri).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetOnlyTheGatewayReachTheConsole(String kustomization) {
        Render render = Render.of(kustomization);
        Pod console = Pod.app(render, "console");
        int port = Apps.PORTS.get("console");
        assertThat(NetworkPolicies.allowsConnection(render, Pod.app(render, "gateway"), console, port))
                .as(render + ": gateway -> console:" + port).isTrue();
        assertThat(NetworkPolicies.allowsIngress(render, console, PROMETHEUS, port)).as(render + ": metrics of the console").isTrue();
        for (String app : Apps.all()) {
            if (!app.equals("gateway")) {
                assertThat(NetworkPolicies.allowsIngress(render, console, Pod.app(render, app), port))
                        .as(render + ": " + app + " -> console").isFalse();
            }
        }
        for (Pod other : List.of(INGRESS_CONTROLLER, MONGODB, KAFKA_BROKER, REDIS)) {
            assertThat(NetworkPolicies.allowsIngress(render, console, other, port)).as(render + ": " + other + " -> console").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetTheConsoleReachOnlyTheGatewayAndIdentity(String kustomization) {
        Render render = Render.of(kustomization);
        Pod console = Pod.app(render, "console");
        assertThat(NetworkPolicies.allowsConnection(render, console, Pod.app(render, "gateway"), 8080))
                .as(render + ": console -> gateway:8080 (every page's data)").isTrue();
        assertThat(NetworkPolicies.allowsConnection(render, console, Pod.app(render, "identity"), 9000))
                .as(render + ": console -> identity:9000 (tokens, keys, user info)").isTrue();
        assertThat(NetworkPolicies.allowsEgress(render, console, KUBE_DNS, 53)).as(render + ": console resolves names").isTrue();
        assertThat(NetworkPolicies.allowsEgress(render, console, MONGODB, 27017)).as(render + ": console -> MongoDB").isFalse();
        assertThat(NetworkPolicies.allowsEgress(render, console, KAFKA_BROKER, 9093)).as(render + ": console -> Kafka").isFalse();
        assertThat(NetworkPolicies.allowsEgress(render, console, REDIS, 6379)).as(render + ": console -> Redis").isFalse();
        Apps.PORTS.forEach((app, port) -> {
            if (!app.equals("gateway") && !app.equals("identity")) {
                assertThat(NetworkPolicies.allowsEgress(render, console, Pod.app(render, app), port))
                        .as(render + ": console -> " + app + " (only through the gateway)").isFalse();
            }
        });
    }

    /** Every resource server (and the console) fetches identity's keys inside the cluster. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetEveryAppReachIdentity(String kustomization) {
        Render render = Render.of(kustomization);
        for (String app : Apps.all()) {
            assertThat(NetworkPolicies.allowsConnection(render, Pod.app(render, app), Pod.app(render, "identity"), 9000))
                    .as(render + ": " + app + " -> identity:9000").isTrue();
        }
        assertThat(NetworkPolicies.allowsIngress(render, Pod.app(render, "identity"), INGRESS_CONTROLLER, 9000))
                .as(render + ": browsers sign in at identity").isTrue();
    }

    /** Data is reached only by the apps that keep it (the gateway's Redis aside). */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldLetTheAppsThatKeepDataReachMongoAndKafka(String kustomization) {
        Render render = Render.of(kustomization);
        for (String app : Apps.all()) {
            if (Apps.keepsData(app)) {
                assertThat(NetworkPolicies.allowsConnection(render, Pod.app(render, app), MONGODB, 27017)).as(render + ": " + app + " -> MongoDB").isTrue();
                assertThat(NetworkPolicies.allowsEgress(render, Pod.app(render, app), KAFKA_BROKER, 9093)).as(render + ": " + app + " -> Kafka").isTrue();
            }
        }
    }
}
