package vn.coop.sangtao.campaigns;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.platform.test.OpenApiDocs;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint documents an example of what it takes, and the problems it can answer. */
@ServiceTest
class OpenApiTest extends CampaignsApi {

    @Test
    void shouldDocumentAnExampleAndTheErrorResponsesOfEveryEndpoint() {
        JsonNode docs = ok(api().get("/api/campaigns/v3/api-docs", null), 200);
        assertThat(OpenApiDocs.undocumented(docs)).isEmpty();
        assertThat(docs.get("paths").has("/api/campaigns/reviews/{id}/close")).isTrue();
    }
}
