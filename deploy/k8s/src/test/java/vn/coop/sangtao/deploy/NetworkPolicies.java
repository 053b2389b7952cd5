package vn.coop.sangtao.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the NetworkPolicies of a render allow a connection, as a cluster enforcing them would
 * decide: a pod selected by no policy of a direction is open in that direction; a selected pod allows
 * what the union of the rules of its policies allows. Peers are matched by pod and namespace labels;
 * an ipBlock is taken to match no pod (the only one here excludes the private ranges pods live in).
 */
final class NetworkPolicies {

    /** A pod: the labels of its namespace (null for the namespace of the render) and its own. */
    record Pod(Map<String, Object> namespaceLabels, Map<String, Object> labels) {

        static Pod app(Render render, String app) {
            return new Pod(null, Tree.map(render.find("Deployment", app).orElseThrow(() ->
                    new AssertionError(render + ": no Deployment " + app)), "spec.template.metadata.labels"));
        }

        static Pod inNamespace(String namespace, Map<String, Object> labels) {
            return new Pod(Map.of("kubernetes.io/metadata.name", namespace), labels);
        }

        boolean inRenderNamespace() {
            return namespaceLabels == null;
        }
    }

    private NetworkPolicies() {
    }

    static boolean allowsEgress(Render render, Pod from, Pod to, int port) {
        return allows(render, "Egress", from, to, port);
    }

    static boolean allowsIngress(Render render, Pod to, Pod from, int port) {
        return allows(render, "Ingress", to, from, port);
    }

    /** Both ends agree: the source may send, and the destination may receive. */
    static boolean allowsConnection(Render render, Pod from, Pod to, int port) {
        return allowsEgress(render, from, to, port) && allowsIngress(render, to, from, port);
    }

    private static boolean allows(Render render, String direction, Pod subject, Pod peer, int port) {
        List<Map<String, Object>> policies = render.ofKind("NetworkPolicy").stream()
                .filter(policy -> Tree.strings(policy, "spec.policyTypes").contains(direction))
                .filter(policy -> subject.inRenderNamespace() && selects(Tree.map(policy, "spec.podSelector"), subject.labels()))
                .toList();
        if (policies.isEmpty()) {
            return true;
        }
        String rules = direction.equals("Ingress") ? "spec.ingress" : "spec.egress";
        String peers = direction.equals("Ingress") ? "from" : "to";
        return policies.stream().flatMap(policy -> Tree.maps(policy, rules).stream()).anyMatch(rule ->
                (Tree.at(rule, peers) == null || Tree.maps(rule, peers).stream().anyMatch(p -> matches(p, peer)))
                        && (Tree.at(rule, "ports") == null || Tree.maps(rule, "ports").stream()
                                .anyMatch(p -> String.valueOf(port).equals(String.valueOf(p.get("port"))))));
    }

    private static boolean matches(Map<String, Object> peer, Pod pod) {
        if (peer.containsKey("ipBlock")) {
            return false;
        }
        boolean namespaceMatches = peer.containsKey("namespaceSelector")
                ? pod.namespaceLabels() != null && selects(Tree.map(peer, "namespaceSelector"), pod.namespaceLabels())
                : pod.inRenderNamespace();
        boolean podMatches = !peer.containsKey("podSelector") || selects(Tree.map(peer, "podSelector"), pod.labels());
        return namespaceMatches && podMatches;
    }

    /** A label selector (matchLabels and matchExpressions); an empty one selects everything. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        boolean labelsMatch = Tree.map(selector, "matchLabels").entrySet().stream()
                .allMatch(entry -> Objects.equals(String.valueOf(entry.getValue()), String.valueOf(labels.get(entry.getKey()))));
        boolean expressionsMatch = Tree.maps(selector, "matchExpressions").stream().allMatch(expression -> {
            Object value = labels.get(String.valueOf(expression.get("key")));
            List<String> values = Tree.strings(expression, "values");
            return switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
        });
        return labelsMatch && expressionsMatch;
    }
}
