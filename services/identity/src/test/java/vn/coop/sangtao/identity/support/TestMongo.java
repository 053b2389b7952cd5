package vn.coop.sangtao.identity.support;

import java.net.InetSocketAddress;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One in-memory MongoDB wire-protocol server per test JVM: the real driver talks to it, so the
 * store is exercised, not mocked. Bound to a random free port.
 */
public final class TestMongo {

	private static MongoServer server;

	private static MongoClient client;

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

	/**
	 * A template on a database of its own ({@code <prefix>-<random>}), for a test that builds the
	 * repositories itself; one client serves them all and closes with the JVM.
	 */
	public static synchronized MongoTemplate freshDatabase(String prefix) {
		String database = prefix + "-" + UUID.randomUUID();
		if (client == null) {
			client = MongoClients.create(uri(database));
			Runtime.getRuntime().addShutdownHook(new Thread(client::close));
		}
		return new MongoTemplate(client, database);
	}

	private static String uri(InetSocketAddress address, String database) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
	}

}
