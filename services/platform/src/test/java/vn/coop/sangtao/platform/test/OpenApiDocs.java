package vn.coop.sangtao.platform.test;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Checks a service's OpenAPI document: every endpoint shows an example of what it takes and the problems it can answer. */
public final class OpenApiDocs {

    private OpenApiDocs() {
    }

    /** What the document leaves out, one line per gap; empty when every operation is documented. */
    public static List<String> undocumented(JsonNode docs) {
        JsonNode schemas = docs.get("components").get("schemas");
        List<String> gaps = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            for (String status : path.getKey().contains("{") ? List.of("400", "401", "403", "404") : List.of("400", "403")) {
                if (!responses.has(status)) {
                    gaps.add(name + " lacks " + status);
                }
            }
            JsonNode body = op.getValue().path("requestBody").path("content");
            if (body.has("application/json")) {
                String ref = body.get("application/json").get("schema").path("$ref").asString("");
                JsonNode schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                if (!schema.has("example")) {
                    gaps.add(name + " has no request example");
                }
            }
        }));
        return gaps;
    }
}
