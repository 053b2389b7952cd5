package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.Suite;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ServiceOutageE2eTest {

    @Test
    void shouldAnswer503ProblemWhileAServiceIsDownAndSucceedOnRetryWhenItIsBack() {
        RunningSuite suite = E2eSuite.get();
        SangtaoApi api = new SangtaoApi(suite.gatewayUrl());
        String officer = E2eSuite.userToken("nb.officer");
        String path = "/api/awards/candidates?year=2026";
        assertThat(api.get(path, officer).status()).isEqualTo(200);

        suite.stop(Suite.AWARDS);
        try {
            SangtaoApi.Response down = api.get(path, officer);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.isProblem()).isTrue();
            assertThat(down.header("Retry-After")).isNotBlank();
            assertThat(down.json().get("code").asString()).isEqualTo("service-unavailable");
        } finally {
            suite.start(Suite.AWARDS);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get(path, officer).status() == 200);
    }
}
