package vn.coop.sangtao.e2e.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SmokeScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's smoke scenario (deploy/local/smoke), through each gateway of the cluster, signed in
 * at each identity: a token from the second identity is signed with the key the first one made.
 */
class ClusterSmokeE2eTest {

    @ParameterizedTest
    @CsvSource({"gateway, identity", "gateway-2, identity-2"})
    void shouldPassEveryCheckThroughEitherGatewaySignedInAtEitherIdentity(String gateway, String identity) {
        RunningSuite cluster = ClusterSuite.get();
        List<SmokeScenario.Check> checks = new SmokeScenario(cluster.url(gateway), cluster.url(identity)).run();
        assertThat(checks).hasSize(11);
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": " + check.detail()).isTrue());
    }
}
