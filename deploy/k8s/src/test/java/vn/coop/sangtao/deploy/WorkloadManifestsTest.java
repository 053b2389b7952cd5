package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Every workload can be probed, sized, scheduled around disruptions and scaled. */
class WorkloadManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldProbeAndSizeEveryContainerWhenRendered(String kustomization) {
        Render render = Render.of(kustomization);
        List<String> problems = new ArrayList<>();
        render.podSpecs().forEach((owner, pod) -> Tree.maps(pod, "containers").forEach(container -> {
            String where = owner + " container " + container.get("name");
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                if (container.get(probe) == null) {
                    problems.add(where + " has no " + probe);
                }
            }
            for (String bound : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                if (Tree.at(container, "resources." + bound) == null) {
                    problems.add(where + " has no resources." + bound);
                }
            }
        }));
        assertThat(problems).as(render + ": containers without probes or resources").isEmpty();
        assertThat(render.ofKind("Deployment")).as(render + ": the apps").hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldStartAppsBehindStartupProbesOnTheActuatorPaths(String kustomization) {
        Render render = Render.of(kustomization);
        for (Map<String, Object> deployment : render.ofKind("Deployment")) {
            for (Map<String, Object> container : Tree.maps(deployment, "spec.template.spec.containers")) {
                String where = render + " " + Render.nameOf(deployment);
                assertThat(Tree.text(container, "startupProbe.httpGet.path")).as(where).isEqualTo("/actuator/health/liveness");
                assertThat(Tree.text(container, "livenessProbe.httpGet.path")).as(where).isEqualTo("/actuator/health/liveness");
                assertThat(Tree.text(container, "readinessProbe.httpGet.path")).as(where).isEqualTo("/actuator/health/readiness");
            }
            assertThat(Tree.text(deployment, "spec.strategy.rollingUpdate.maxUnavailable"))
                    .as(render + " " + Render.nameOf(deployment) + " rolls out without losing capacity").isEqualTo("0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldPinEveryImageWhenRendered(String kustomization) {
        Render render = Render.of(kustomization);
        List<String> unpinned = new ArrayList<>();
        render.podSpecs().forEach((owner, pod) -> {
            List<Map<String, Object>> containers = new ArrayList<>(Tree.maps(pod, "containers"));
            containers.addAll(Tree.maps(pod, "initContainers"));
            containers.stream().map(c -> Objects.toString(c.get("image"), null))
                    .filter(image -> !Images.isPinned(image))
                    .forEach(image -> unpinned.add(owner + ": " + image));
        });
        assertThat(unpinned).as(render + ": images without a tag or digest, or on latest").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveEveryDeploymentADisruptionBudgetAndAnAutoscaler(String kustomization) {
        Render render = Render.of(kustomization);
        for (Map<String, Object> deployment : render.ofKind("Deployment")) {
            String name = Render.nameOf(deployment);
            Map<String, Object> podLabels = Tree.map(deployment, "spec.template.metadata.labels");
            assertThat(render.ofKind("PodDisruptionBudget"))
                    .as(render + ": a PodDisruptionBudget selecting the pods of " + name)
                    .anySatisfy(pdb -> assertThat(podLabels).containsAllEntriesOf(Tree.map(pdb, "spec.selector.matchLabels"))
                            .isNotEmpty());
            Map<String, Object> autoscaler = autoscalerOf(render, name);
            assertThat(autoscaler).as(render + ": a HorizontalPodAutoscaler of " + name).isNotNull();
            assertThat(Tree.text(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
            assertThat(Tree.number(autoscaler, "spec.minReplicas")).as(render + ": " + name + " survives losing a pod")
                    .isGreaterThanOrEqualTo(2);
            assertThat(Tree.at(deployment, "spec.replicas")).as(render + ": " + name + " leaves its count to the autoscaler")
                    .isNull();
        }
    }

    static Map<String, Object> autoscalerOf(Render render, String deployment) {
        return render.ofKind("HorizontalPodAutoscaler").stream()
                .filter(hpa -> "Deployment".equals(Tree.text(hpa, "spec.scaleTargetRef.kind"))
                        && deployment.equals(Tree.text(hpa, "spec.scaleTargetRef.name")))
                .findFirst().orElse(null);
    }
}
