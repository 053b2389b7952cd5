package vn.coop.sangtao.deploy;

import java.util.Map;
import java.util.Set;

/**
 * Sangtao's apps as the deployments know them: the port each serves on, which of them keep data
 * (MongoDB and Kafka), and which must run as one instance. A new app is added here first.
 */
final class Apps {

    /** Every app and its port. */
    static final Map<String, Integer> PORTS = Map.of(
            "identity", 9000,
            "membership", 8081,
            "campaigns", 8082,
            "initiatives", 8083,
            "awards", 8084,
            "integrations", 8085,
            "gateway", 8080,
            "console", 8086);

    /** The apps with neither a MongoDB database nor Kafka: the gateway (Redis only) and the console. */
    static final Set<String> WITHOUT_STORE = Set.of("gateway", "console");

    /**
     * Apps that keep their users' sessions in memory: exactly one pod, no autoscaler. Their clients
     * are gateway pods, so session affinity on their Service could not keep a browser on one pod.
     */
    static final Set<String> SINGLE_INSTANCE = Set.of("console");

    private Apps() {
    }

    static Set<String> all() {
        return PORTS.keySet();
    }

    static boolean keepsData(String app) {
        return !WITHOUT_STORE.contains(app);
    }
}
