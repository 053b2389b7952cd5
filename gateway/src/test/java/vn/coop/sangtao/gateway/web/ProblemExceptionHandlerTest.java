package vn.coop.sangtao.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

    @Test
    void shouldAnswerNotFoundWhenNoHandlerMatched() {
        ProblemException problem = ProblemExceptionHandler.classify(new ResponseStatusException(HttpStatus.NOT_FOUND));
        assertThat(problem.status().value()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("no-such-path");
    }

    @Test
    void shouldAnswerUnavailableWithRetryAfterWhenIdentityCannotBeReached() {
        ProblemException problem = ProblemExceptionHandler.classify(new AuthenticationServiceException("jwks down"));
        assertThat(problem.status().value()).isEqualTo(503);
        assertThat(problem.headers()).containsEntry("Retry-After", "5");
    }

    @Test
    void shouldKeepAllowHeaderWhenMethodIsNotAllowed() {
        ProblemException problem = ProblemExceptionHandler.classify(
                new MethodNotAllowedException("DELETE", Set.of(HttpMethod.GET)));
        assertThat(problem.code()).isEqualTo("method-not-allowed");
        assertThat(problem.headers()).containsEntry("Allow", "GET");
    }

    @Test
    void shouldAnswerInternalErrorWhenSomethingUnexpectedHappens() {
        ProblemException problem = ProblemExceptionHandler.classify(new IllegalStateException("bug"));
        assertThat(problem.code()).isEqualTo("internal-error");
        assertThat(problem.status().value()).isEqualTo(500);
    }

    @Test
    void shouldKeepDecisionWhenGatewayRaisedItItself() {
        ProblemException limited = ProblemException.rateLimited(Map.of("Retry-After", "2"));
        assertThat(ProblemExceptionHandler.classify(limited)).isSameAs(limited);
    }
}
