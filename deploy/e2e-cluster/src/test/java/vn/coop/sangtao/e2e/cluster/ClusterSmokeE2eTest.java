package vn.coop.sangtao.e2e.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SmokeScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's smoke scenario (deploy/local/smoke), through each gateway of the cluster. */
class ClusterSmokeE2eTest {

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "gateway-2"})
    void shouldPassEveryCheckThroughEitherGateway(String gateway) {
        RunningSuite cluster = ClusterSuite.get();
        List<SmokeScenario.Check> checks = new SmokeScenario(cluster.url(gateway), cluster.identityUrl()).run();
        assertThat(checks).hasSize(11);
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.detail()).isTrue());
    }
}
