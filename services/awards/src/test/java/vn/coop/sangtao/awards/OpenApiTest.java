package vn.coop.sangtao.awards;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.OpenApiDocs;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint documents an example of what it takes, and the problems it can answer. */
@ServiceTest
class OpenApiTest extends AwardsApi {

    @Test
    void shouldDocumentAnExampleAndTheErrorResponsesOfEveryEndpoint() {
        JsonNode docs = ok(api().get("/api/awards/v3/api-docs", null), 200);
        assertThat(OpenApiDocs.undocumented(docs)).isEmpty();
        assertThat(docs.get("paths").has("/api/awards/proposals/{id}/forward")).isTrue();
    }
}
