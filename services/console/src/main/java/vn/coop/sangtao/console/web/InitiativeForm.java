package vn.coop.sangtao.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The initiative form as the services' JSON. An author is chosen from one list of units and people
 * ({@code UNIT:<id>} or {@code PERSON:<id>:<unitId>}) with a percentage; empty author rows are left
 * out, and numbers the user mistyped are passed on as they are so that the service names the field.
 */
final class InitiativeForm {

    static final int AUTHOR_ROWS = 4;

    private InitiativeForm() {
    }

    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("kind", "title", "summary", "currentState", "solution", "appliedWhere",
                "appliedSince", "scope", "socialBenefit", "field", "applyingUnitId", "campaignId")) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.trim());
            }
        }
        body.put("year", Choices.number(form.get("year")));
        String benefit = form.get("economicBenefitVnd");
        if (benefit != null && !benefit.isBlank()) {
            body.put("economicBenefitVnd", Choices.number(benefit.replace(".", "").replace(",", "").replace(" ", "")));
        }
        body.put("confidential", "on".equals(form.get("confidential")));
        body.put("authors", authors(form));
        return body;
    }

    private static List<Map<String, Object>> authors(Map<String, String> form) {
        List<Map<String, Object>> authors = new ArrayList<>();
        for (int row = 0; row < AUTHOR_ROWS; row++) {
            String who = form.get("author" + row);
            if (who == null || who.isBlank()) {
                continue;
            }
            String[] parts = who.split(":");
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("kind", parts[0]);
            author.put("refId", parts.length > 1 ? parts[1] : "");
            if (parts.length > 2) {
                author.put("unitId", parts[2]);
            }
            author.put("contribution", Choices.number(form.get("share" + row)));
            authors.add(author);
        }
        return authors;
    }
}
