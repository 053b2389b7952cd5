package vn.coop.sangtao.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.coop.sangtao.gateway.support.GatewayTestBase;
import vn.coop.sangtao.gateway.support.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.gateway.support.ProblemAssertions.expectProblem;

class AuthenticationTest extends GatewayTestBase {

    @Test
    void shouldAnswer401ProblemInVietnameseWhenNoToken() {
        String path = "/api/membership/units/without-token";
        expectProblem(http.get().uri(path).exchange(), 401, "unauthorized")
                .jsonPath("$.title").isEqualTo("Chưa xác thực")
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(BACKEND.requests()).extracting(RecordedRequest::path).doesNotContain(path);
    }

    @Test
    void shouldAnswer401ProblemInEnglishWhenAcceptLanguageIsEnglish() {
        expectProblem(http.get().uri("/api/membership/units").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange(),
                401, "unauthorized")
                .jsonPath("$.title").isEqualTo("Unauthorized");
    }

    @Test
    void shouldChallengeWithBearerWhenNoToken() {
        http.get().uri("/api/initiatives/initiatives").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void shouldAnswer401WhenTokenWasIssuedByAnotherIssuer() {
        String foreign = TOKENS.token("http://issuer.invalid", "hn");
        expectProblem(http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth(foreign)).exchange(),
                401, "unauthorized");
    }

    @Test
    void shouldAnswer401WhenTokenIsMalformed() {
        expectProblem(http.get().uri("/api/membership/units").headers(h -> h.setBearerAuth("not-a-jwt")).exchange(),
                401, "unauthorized");
    }
}
