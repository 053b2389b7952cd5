package vn.coop.sangtao.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fake backend received; header names compare case-insensitively, as in HTTP. */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers) {

    public RecordedRequest {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }
}
