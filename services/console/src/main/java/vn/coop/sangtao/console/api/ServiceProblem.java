package vn.coop.sangtao.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's refusal, from its problem+json answer: the human title and detail (already in the user's
 * language, since the console passes the user's locale on) and the message for each field it names,
 * shown next to that field.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ServiceProblem(int status, String title, String detail, String code, Map<String, String> fieldErrors) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Reads a problem+json body (or whatever the answer was, when it is not one). */
    @SuppressWarnings("unchecked")
    static ServiceProblem of(int status, Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> e && e.get("field") != null) {
                    fields.merge(String.valueOf(e.get("field")), String.valueOf(e.get("message")),
                            (a, b) -> a + " " + b);
                }
            }
        }
        return new ServiceProblem(status, text(body.get("title")), text(body.get("detail")), text(body.get("code")),
                fields);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The message of the field, or null: {@code authors[0].contribution} also matches {@code authors}. */
    public String fieldError(String field) {
        String exact = fieldErrors.get(field);
        if (exact != null) {
            return exact;
        }
        return fieldErrors.entrySet().stream().filter(e -> e.getKey().startsWith(field + "[") || e.getKey().startsWith(field + "."))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
