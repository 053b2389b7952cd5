package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

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
}
