package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SmokeScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeE2eTest {

    @Test
    void shouldPassEveryCheckWhenTheScenarioRunsThroughTheGateway() {
        RunningSuite suite = E2eSuite.get();
        List<SmokeScenario.Check> checks = new SmokeScenario(suite.gatewayUrl(), suite.identityUrl()).run();
        assertThat(checks).hasSize(11);
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.detail()).isTrue());
    }
}
