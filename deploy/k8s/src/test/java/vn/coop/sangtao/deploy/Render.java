package vn.coop.sangtao.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The objects a kustomization renders to, each rendered once per test run. */
record Render(String kustomization, List<Map<String, Object>> objects) {

    private static final Map<String, Render> RENDERED = new ConcurrentHashMap<>();

    /** @param kustomization a directory under deploy/k8s, e.g. "base" or "overlays/prod" */
    static Render of(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Render::render);
    }

    @SuppressWarnings("unchecked")
    private static Render render(String kustomization) {
        String yaml = Kubectl.kustomize(Repository.resolve("deploy/k8s/" + kustomization));
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> object) {
                objects.add((Map<String, Object>) object);
            }
        }
        if (objects.isEmpty()) {
            throw new AssertionError(kustomization + " rendered nothing");
        }
        return new Render(kustomization, List.copyOf(objects));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(nameOf(object))).findFirst();
    }

    static String nameOf(Map<String, Object> object) {
        return Tree.text(object, "metadata.name");
    }

    /** Pod templates of every workload kind, with the name of their owner. */
    Map<String, Map<String, Object>> podSpecs() {
        Map<String, Map<String, Object>> specs = new java.util.LinkedHashMap<>();
        for (String kind : List.of("Deployment", "StatefulSet", "DaemonSet", "Job")) {
            ofKind(kind).forEach(o -> specs.put(kind + "/" + nameOf(o), Tree.map(o, "spec.template.spec")));
        }
        ofKind("CronJob").forEach(o -> specs.put("CronJob/" + nameOf(o), Tree.map(o, "spec.jobTemplate.spec.template.spec")));
        return specs;
    }

    @Override
    public String toString() {
        return kustomization;
    }
}
