package vn.coop.sangtao.e2e;

import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.Suite;
import vn.coop.sangtao.local.SuiteConfig;
import vn.coop.sangtao.local.TokenClient;

/**
 * The whole suite, started once per test JVM the way the local run starts it: every process its own
 * JVM, on free ports, with fresh data. Scenarios that stop a process start it again before they end.
 */
final class E2eSuite {

    static final String PASSWORD = "sangtao-demo";
    private static RunningSuite suite;

    private E2eSuite() {
    }

    static synchronized RunningSuite get() {
        if (suite == null) {
            SuiteConfig config = SuiteConfig.randomPorts()
                    // compressed so that a receiver outage is retried within the test's patience
                    .withExtraArgs(Suite.INTEGRATIONS, "--sangtao.webhooks.retry-schedule=200ms,500ms,1s,2s,3s,5s,5s,5s")
                    .withExtraArgs(Suite.GATEWAY, "--sangtao.gateway.circuit-breaker.wait-in-open-state=1s")
                    .withProgress(line -> System.out.println("[suite] " + line));
            suite = Suite.start(config);
        }
        return suite;
    }

    static String userToken(String username) {
        return new TokenClient(get().identityUrl()).userToken(username, PASSWORD);
    }
}
