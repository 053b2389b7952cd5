package vn.coop.sangtao.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object from a service, in which a field the service left out reads as present and null.
 * The services omit null fields from their answers, and templates read fields by name
 * ({@code ${initiative.decision}}), which for a plain map fails when the key is absent.
 */
public final class Fields extends LinkedHashMap<String, Object> {

    private Fields(Map<String, Object> fields) {
        super(fields.size() * 2);
        fields.forEach((name, value) -> put(name, wrap(value)));
    }

    /** Wraps every object inside the value, however deep. */
    @SuppressWarnings("unchecked")
    static Object wrap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new Fields((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Fields::wrap).toList();
        }
        return value;
    }

    /** Every name is a field of the object: absent ones are null. */
    @Override
    public boolean containsKey(Object name) {
        return name instanceof String;
    }
}
