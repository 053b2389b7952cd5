package vn.coop.sangtao.deploy;

import java.util.List;
import java.util.Map;

/** Reading parsed YAML (maps, lists, scalars) by path without a cast at every step. */
final class Tree {

    private Tree() {
    }

    /**
     * The value at a dotted path ("spec.template.spec"), or null where any step is missing. A dot
     * inside a key is escaped: "metadata.annotations.strimzi\\.io/kraft".
     */
    static Object at(Object node, String path) {
        Object current = node;
        for (String escaped : path.split("(?<!\\\\)\\.")) {
            String step = escaped.replace("\\.", ".");
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, String path) {
        Object value = at(node, path);
        return value instanceof List<?> ? (List<Map<String, Object>>) value : List.of();
    }

    static List<String> strings(Object node, String path) {
        Object value = at(node, path);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String text(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static int number(Object node, String path) {
        Object value = at(node, path);
        if (value == null) {
            throw new AssertionError("no " + path + " in " + node);
        }
        return Integer.parseInt(String.valueOf(value));
    }
}
