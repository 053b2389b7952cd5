package vn.coop.sangtao.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * One in-memory MongoDB wire-protocol server per test JVM, reached with the real driver. Each
 * Spring context gets a database of its own, so test classes never see each other's data.
 */
public final class InMemoryMongo {

    private static MongoServer server;
    private static InetSocketAddress address;

    private InMemoryMongo() {
    }

    public static synchronized String freshDatabaseUri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            address = server.getLocalAddress();
        }
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/test-" + UUID.randomUUID();
    }
}
