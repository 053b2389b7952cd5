package vn.coop.sangtao.identity.support;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB wire-protocol server per test JVM: the real driver talks to it, so the
 * store is exercised, not mocked. Bound to a random free port.
 */
public final class TestMongo {

	private static MongoServer server;

	private TestMongo() {
	}

	/** A connection string for a fresh-or-shared database of the shared server. */
	public static synchronized String uri(String database) {
		if (server == null) {
			server = new MongoServer(new MemoryBackend());
			InetSocketAddress address = server.bind();
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
			return uri(address, database);
		}
		return uri(server.getLocalAddress(), database);
	}

	private static String uri(InetSocketAddress address, String database) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
	}

}
