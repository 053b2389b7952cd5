package vn.coop.sangtao.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The document store of the local run: mongo-java-server (a MongoDB wire-protocol server in Java) with
 * its H2 MVStore backend, persisted to {@code <dir>/store.mv.db}, bound to 127.0.0.1.
 * <p>
 * {@code java -cp ... vn.coop.sangtao.local.DocumentStore --port 27017 --dir deploy/local/.data/store}
 * <p>
 * SIGTERM (or Ctrl-C) closes the server and the H2 store, which writes everything to the file, so the
 * data survives restarts. A kill -9 may lose the last second of writes (MVStore auto-commits about
 * every second).
 */
public final class DocumentStore {

	/** The line printed once the store accepts connections. */
	public static final String READY = "DocumentStore ready";

	private DocumentStore() {
	}

	public static void main(String[] args) throws Exception {
		CommandLine line = CommandLine.parse(args, Set.of());
		int port = line.requiredInt("port");
		Path dir = Path.of(line.required("dir")).toAbsolutePath();
		Files.createDirectories(dir);
		Path file = dir.resolve("store.mv.db");

		H2Backend backend = new H2Backend(file.toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind("127.0.0.1", port);
		}
		catch (RuntimeException ex) {
			System.err.println("DocumentStore could not bind 127.0.0.1:" + port + ": " + ex.getMessage());
			backend.close();
			System.exit(1);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				// closes the client connections, then the backend: the MVStore commits and closes the file
				server.shutdown();
			}
			finally {
				stopped.countDown();
				System.out.println("DocumentStore stopped");
			}
		}, "document-store-shutdown"));
		System.out.println(READY + " on mongodb://127.0.0.1:" + port + " (data " + file + ")");
		stopped.await();
	}

}
