package vn.coop.sangtao.e2e.cluster;

import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.Suite;
import vn.coop.sangtao.local.SuiteConfig;
import vn.coop.sangtao.local.TokenClient;

/**
 * The suite as {@code deploy/local/run --cluster} starts it, once per test JVM, on free ports with fresh
 * data. Scenarios that kill a process start it again before they end.
 */
final class ClusterSuite {

    static final String PASSWORD = "sangtao-demo";
    private static RunningSuite cluster;

    private ClusterSuite() {
    }

    static synchronized RunningSuite get() {
        if (cluster == null) {
            SuiteConfig config = SuiteConfig.randomPorts().withCluster()
                    // eighteen JVMs on two cores start slowly
                    .withStartupTimeout(java.time.Duration.ofMinutes(8))
                    .withExtraArgs(Suite.GATEWAY, "--sangtao.gateway.circuit-breaker.wait-in-open-state=1s")
                    .withProgress(line -> System.out.println("[cluster] " + line));
            for (String service : Suite.SERVICES) {
                // a consumer killed with kill -9 loses its partitions after 10 s instead of 45
                config = config.withExtraArgs(service,
                        "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=10000");
            }
            // the scenarios here are the services' and the brokers'; the console's journeys run in deploy/e2e
            cluster = Suite.start(config, config.processes().stream()
                    .filter(name -> !Suite.CONSOLE.equals(name)).toList());
        }
        return cluster;
    }

    static String userToken(String username) {
        return new TokenClient(get().identityUrl()).userToken(username, PASSWORD);
    }
}
