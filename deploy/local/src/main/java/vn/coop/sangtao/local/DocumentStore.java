package vn.coop.sangtao.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The document store of the local run: mongo-java-server (a MongoDB wire-protocol server in Java) with
 * its H2 MVStore backend, persisted to {@code <dir>/store.mv.db}, bound to 127.0.0.1.
 * <p>
 * {@code java -cp ... vn.coop.sangtao.local.DocumentStore --port 27017 --dir deploy/local/.data/store}
 * <p>
 * SIGTERM (or Ctrl-C) closes the server and the H2 store. Every command's changes are committed to
 * the file before the store answers ({@link CommittingH2Backend}), so a kill -9 loses nothing that was
 * acknowledged. Production runs MongoDB with journaled majority writes, acknowledged only once durable.
 * <p>
 * {@code --memory} keeps everything in memory instead, lost when the store stops: for benchmarks that
 * grow a tenant to a hundred thousand initiatives, where the H2 backend spent most of its time reading
 * pages back and deserialising documents, and lost chunks of its file under that load ("Chunk ... not
 * found"). Give the store a heap to match ({@code --heap store=4g}).
 */
public final class DocumentStore {

	/** The line printed once the store accepts connections. */
	public static final String READY = "DocumentStore ready";

	/** The flag of a store that keeps its data in memory only. */
	public static final String MEMORY = "memory";

	private DocumentStore() {
	}

	public static void main(String[] args) throws Exception {
		CommandLine line = CommandLine.parse(args, Set.of(MEMORY));
		int port = line.requiredInt("port");
		Path dir = Path.of(line.required("dir")).toAbsolutePath();
		Files.createDirectories(dir);
		Path file = dir.resolve("store.mv.db");
		boolean inMemory = line.flag(MEMORY);

		MongoBackend backend = inMemory ? new MemoryBackend() : new CommittingH2Backend(file.toString());
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
		System.out.println(READY + " on mongodb://127.0.0.1:" + port + (inMemory ? " (data in memory only)" : " (data " + file + ")"));
		stopped.await();
	}

}
