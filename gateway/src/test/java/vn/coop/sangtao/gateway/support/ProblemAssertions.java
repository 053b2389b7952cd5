package vn.coop.sangtao.gateway.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The shape every gateway error must have: RFC 9457 members plus code and traceId. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
                                                              String code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sangtao.coop.vn/problems/" + code)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isNotEmpty()
                .jsonPath("$.traceId").isNotEmpty();
    }
}
