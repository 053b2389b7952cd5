package vn.coop.sangtao.membership;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.membership.support.MembershipApi;
import vn.coop.sangtao.platform.test.OpenApiDocs;
import vn.coop.sangtao.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint documents an example of what it takes, and the problems it can answer. */
@ServiceTest
class OpenApiTest extends MembershipApi {

    @Test
    void shouldDocumentAnExampleAndTheErrorResponsesOfEveryEndpoint() {
        JsonNode docs = ok(api().get("/api/membership/v3/api-docs", null), 200);
        assertThat(OpenApiDocs.undocumented(docs)).isEmpty();
        assertThat(docs.get("paths").has("/api/membership/tenants/{id}/merge")).isTrue();
    }
}
