package vn.coop.sangtao.platform.test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape every error answer must have: RFC 9457 problem+json with Sangtao's extensions. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonNode assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("type").asString()).endsWith("/" + code);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("instance").asString()).startsWith("/");
        assertThat(body.get("traceId").asString()).isNotBlank();
        return body;
    }
}
