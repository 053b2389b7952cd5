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
        assertThat(render.ofKind("Deployment").stream().map(Render::nameOf)).as(render + ": the apps")
                .containsExactlyInAnyOrderElementsOf(Apps.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldServeEveryAppOnItsPortBehindAServiceOfTheSameName(String kustomization) {
        Render render = Render.of(kustomization);
        Apps.PORTS.forEach((app, port) -> {
            Map<String, Object> deployment = render.find("Deployment", app).orElseThrow();
            Map<String, Object> container = Tree.maps(deployment, "spec.template.spec.containers").get(0);
            String where = render + " " + app;
            assertThat(Tree.maps(container, "ports")).as(where + " container port")
                    .anySatisfy(p -> assertThat(p).containsEntry("name", "http").containsEntry("containerPort", port));
            assertThat(Tree.maps(container, "env")).as(where + " SERVER_PORT")
                    .anySatisfy(v -> assertThat(v).containsEntry("name", "SERVER_PORT").containsEntry("value", String.valueOf(port)));
            assertThat(Tree.text(deployment, "spec.template.metadata.annotations.prometheus\\.io/port")).as(where + " scraped port")
                    .isEqualTo(String.valueOf(port));
            Map<String, Object> service = render.find("Service", app).orElseThrow(() -> new AssertionError(where + ": no Service"));
            assertThat(Tree.map(service, "spec.selector")).as(where + " Service selector").isNotEmpty()
                    .allSatisfy((label, value) -> assertThat(Tree.map(deployment, "spec.template.metadata.labels")).containsEntry(label, value));
            assertThat(Tree.maps(service, "spec.ports")).as(where + " Service port")
                    .anySatisfy(p -> assertThat(p).containsEntry("port", port).containsEntry("targetPort", "http"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRunEveryAppUnprivilegedOnAReadOnlyFileSystem(String kustomization) {
        Render render = Render.of(kustomization);
        for (Map<String, Object> deployment : render.ofKind("Deployment")) {
            String where = render + " " + Render.nameOf(deployment);
            Map<String, Object> pod = Tree.map(deployment, "spec.template.spec");
            assertThat(pod).as(where).containsEntry("automountServiceAccountToken", false);
            assertThat(Tree.at(pod, "securityContext.runAsNonRoot")).as(where + " runAsNonRoot").isEqualTo(true);
            assertThat(Tree.text(pod, "securityContext.runAsUser")).as(where + " the image's uid").isEqualTo("10001");
            assertThat(Tree.text(pod, "securityContext.seccompProfile.type")).as(where).isEqualTo("RuntimeDefault");
            Map<String, Object> container = Tree.maps(pod, "containers").get(0);
            assertThat(Tree.at(container, "securityContext.readOnlyRootFilesystem")).as(where + " read-only root").isEqualTo(true);
            assertThat(Tree.at(container, "securityContext.allowPrivilegeEscalation")).as(where).isEqualTo(false);
            assertThat(Tree.strings(container, "securityContext.capabilities.drop")).as(where).containsExactly("ALL");
            assertThat(Tree.strings(container, "lifecycle.preStop.exec.command")).as(where + " preStop pause").startsWith("sleep");
            assertThat(Tree.maps(container, "volumeMounts")).as(where + " a writable /tmp")
                    .anySatisfy(mount -> {
                        assertThat(mount).containsEntry("mountPath", "/tmp");
                        assertThat(Tree.maps(pod, "volumes")).anySatisfy(volume -> assertThat(volume)
                                .containsEntry("name", mount.get("name")).containsKey("emptyDir"));
                    });
        }
    }

    /**
     * The apps that keep data read their MongoDB URI from their own Secret and trust the Kafka brokers
     * with Strimzi's CA; the gateway and the console have neither, and are given neither.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveTheStoresOnlyToTheAppsThatKeepData(String kustomization) {
        Render render = Render.of(kustomization);
        for (String app : Apps.all()) {
            Map<String, Object> pod = Tree.map(render.find("Deployment", app).orElseThrow(), "spec.template.spec");
            Map<String, Object> container = Tree.maps(pod, "containers").get(0);
            List<Map<String, Object>> env = Tree.maps(container, "env");
            boolean mongo = env.stream().anyMatch(v -> "MONGODB_URI".equals(v.get("name"))
                    && ("sangtao-" + app + "-mongodb").equals(Tree.text(v, "valueFrom.secretKeyRef.name")));
            boolean kafkaTrust = Tree.maps(container, "volumeMounts").stream()
                    .anyMatch(mount -> "/etc/sangtao/kafka".equals(mount.get("mountPath")))
                    && Tree.maps(pod, "volumes").stream()
                    .anyMatch(volume -> "sangtao-cluster-ca-cert".equals(Tree.text(volume, "secret.secretName")));
            boolean anyStoreReference = env.stream().anyMatch(v -> {
                String name = String.valueOf(v.get("name"));
                return name.startsWith("MONGODB") || name.startsWith("SPRING_KAFKA");
            }) || Tree.maps(pod, "volumes").stream().anyMatch(volume -> volume.containsKey("secret"));
            if (Apps.keepsData(app)) {
                assertThat(mongo).as(render + " " + app + " reads MONGODB_URI from sangtao-" + app + "-mongodb").isTrue();
                assertThat(kafkaTrust).as(render + " " + app + " mounts the Kafka trust store").isTrue();
            } else {
                assertThat(anyStoreReference).as(render + " " + app + " keeps no data: no MongoDB or Kafka settings, no mounted Secret")
                        .isFalse();
            }
        }
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
            if (Apps.SINGLE_INSTANCE.contains(name)) {
                continue; // exactly one pod: shouldRunAppsWithSessionsInMemoryAsExactlyOnePod
            }
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

    /**
     * Sessions in memory: a second pod would sign users out at random, so the count is fixed at one
     * and nothing scales it. A PodDisruptionBudget could only block drains or allow everything, so a
     * budget, if any, must not block them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRunAppsWithSessionsInMemoryAsExactlyOnePod(String kustomization) {
        Render render = Render.of(kustomization);
        assertThat(Apps.SINGLE_INSTANCE).isNotEmpty();
        for (String name : Apps.SINGLE_INSTANCE) {
            Map<String, Object> deployment = render.find("Deployment", name).orElseThrow();
            assertThat(Tree.number(deployment, "spec.replicas")).as(render + ": " + name + " replicas").isEqualTo(1);
            assertThat(autoscalerOf(render, name)).as(render + ": no autoscaler may add a pod to " + name).isNull();
            Map<String, Object> podLabels = Tree.map(deployment, "spec.template.metadata.labels");
            render.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> podLabels.entrySet().containsAll(Tree.map(pdb, "spec.selector.matchLabels").entrySet()))
                    .forEach(pdb -> {
                        assertThat(Tree.at(pdb, "spec.minAvailable")).as(render + ": a drain of " + name + "'s node is not blocked").isNull();
                        assertThat(Tree.text(pdb, "spec.maxUnavailable")).as(render + ": a drain of " + name + "'s node is not blocked")
                                .isNotEqualTo("0");
                    });
        }
    }

    static Map<String, Object> autoscalerOf(Render render, String deployment) {
        return render.ofKind("HorizontalPodAutoscaler").stream()
                .filter(hpa -> "Deployment".equals(Tree.text(hpa, "spec.scaleTargetRef.kind"))
                        && deployment.equals(Tree.text(hpa, "spec.scaleTargetRef.name")))
                .findFirst().orElse(null);
    }
}
