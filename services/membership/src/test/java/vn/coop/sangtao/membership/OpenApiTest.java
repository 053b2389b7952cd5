package vn.coop.sangtao.membership;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint documents an example of what it takes, and the problems it can answer. */
@ServiceTest
class OpenApiTest extends MembershipApi {

    @Test
    void shouldDocumentAnExampleAndTheErrorResponsesOfEveryEndpoint() {
        JsonNode docs = ok(api().get("/api/membership/v3/api-docs", null), 200);
        JsonNode schemas = docs.get("components").get("schemas");
        List<String> undocumented = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            for (String status : path.getKey().contains("{") ? List.of("400", "401", "403", "404") : List.of("400", "403")) {
                if (!responses.has(status)) {
                    undocumented.add(name + " lacks " + status);
                }
            }
            JsonNode body = op.getValue().path("requestBody").path("content");
            if (body.has("application/json")) {
                String ref = body.get("application/json").get("schema").path("$ref").asString("");
                JsonNode schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                if (!schema.has("example")) {
                    undocumented.add(name + " has no request example");
                }
            }
        }));
        assertThat(undocumented).isEmpty();
        assertThat(docs.get("paths").has("/api/membership/tenants/{id}/merge")).isTrue();
    }
}
