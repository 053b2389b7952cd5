package vn.coop.sangtao.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A Kafka broker of the local run: a KRaft server (combined broker and controller) in this JVM; alone,
 * or one of the three of a cluster run.
 * <p>
 * {@code java -cp ... vn.coop.sangtao.local.KafkaBroker --port 9092 --controller-port 9093 --dir deploy/local/.data/kafka}
 * <br>
 * {@code ... --node-id 2 --voters 1@127.0.0.1:9093,2@127.0.0.1:9193,3@127.0.0.1:9293 --cluster-id ...} (a cluster:
 * topics get three replicas, of which two must be in sync to accept a write)
 * <p>
 * Writes {@code <dir>/server.properties}, formats {@code <dir>/data} the first time only (with a cluster
 * id kept in {@code <dir>/cluster.id}), then runs the server until SIGTERM, which shuts it down cleanly.
 * Topics and records survive restarts.
 */
public final class KafkaBroker {

	/** The line printed once the broker is started (unfenced, accepting requests). */
	public static final String READY = "KafkaBroker ready";

	private KafkaBroker() {
	}

	public static void main(String[] args) throws Exception {
		CommandLine line = CommandLine.parse(args, Set.of());
		int port = line.requiredInt("port");
		int controllerPort = line.requiredInt("controller-port");
		Path dir = Path.of(line.required("dir")).toAbsolutePath();
		Files.createDirectories(dir);
		String nodeId = line.optional("node-id", "1");
		String voters = line.optional("voters", nodeId + "@127.0.0.1:" + controllerPort);
		if (line.has("cluster-id")) {
			Files.writeString(dir.resolve("cluster.id"), line.required("cluster-id") + "\n", StandardCharsets.UTF_8);
		}

		Properties properties = serverProperties(port, controllerPort, dir.resolve("data"), nodeId, voters);
		Path propertiesFile = dir.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(propertiesFile, StandardCharsets.UTF_8)) {
			properties.store(writer, "Written by vn.coop.sangtao.local.KafkaBroker on every start");
		}
		formatIfNeeded(dir, propertiesFile);
		run(properties, port);
	}

	/** The server configuration of a single node ({@code voters} names only itself) or of a cluster's node. */
	static Properties serverProperties(int port, int controllerPort, Path logDir, String nodeId, String voters) {
		int brokers = voters.split(",").length;
		String replicas = String.valueOf(Math.min(brokers, 3));
		// with three replicas a write needs two: one broker may fail without refusing or losing writes
		String inSync = String.valueOf(Math.max(1, Math.min(brokers, 3) - 1));
		Properties p = new Properties();
		p.setProperty("process.roles", "broker,controller");
		p.setProperty("node.id", nodeId);
		p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
		p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		p.setProperty("inter.broker.listener.name", "PLAINTEXT");
		p.setProperty("controller.listener.names", "CONTROLLER");
		p.setProperty("controller.quorum.voters", voters);
		p.setProperty("log.dirs", logDir.toString());
		p.setProperty("num.partitions", "3");
		p.setProperty("auto.create.topics.enable", "true");
		p.setProperty("default.replication.factor", replicas);
		p.setProperty("min.insync.replicas", inSync);
		p.setProperty("offsets.topic.replication.factor", replicas);
		// fewer partitions than the default 50: the first consumer group on a fresh broker is ready sooner
		p.setProperty("offsets.topic.num.partitions", "10");
		p.setProperty("transaction.state.log.replication.factor", replicas);
		p.setProperty("transaction.state.log.min.isr", inSync);
		p.setProperty("share.coordinator.state.topic.replication.factor", replicas);
		p.setProperty("share.coordinator.state.topic.min.isr", inSync);
		p.setProperty("group.initial.rebalance.delay.ms", "0");
		return p;
	}

	/** Formats the log directory once: when {@code data/meta.properties} does not exist yet. */
	static void formatIfNeeded(Path dir, Path propertiesFile) throws Exception {
		Path data = dir.resolve("data");
		if (Files.exists(data.resolve("meta.properties"))) {
			return;
		}
		Files.createDirectories(data);
		String clusterId = clusterId(dir);
		String[] formatArgs = { "format", "-t", clusterId, "-c", propertiesFile.toString(), "--ignore-formatted" };
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int status;
		Class<?> storageTool = Class.forName("kafka.tools.StorageTool");
		Method execute = findExecute(storageTool);
		if (execute != null) {
			try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
				Object result = execute.invoke(null, formatArgs, out);
				status = (result instanceof Integer code) ? code : 0;
			}
			catch (InvocationTargetException ex) {
				throw new IllegalStateException("Formatting the Kafka storage in " + data + " failed: "
						+ ex.getCause().getMessage() + "\n" + buffer.toString(StandardCharsets.UTF_8), ex.getCause());
			}
		}
		else {
			// older Kafka without execute(): main() formats, then calls System.exit, so run it in a child JVM
			status = formatInChildJvm(formatArgs);
		}
		if (status != 0) {
			throw new IllegalStateException("Formatting the Kafka storage in " + data + " failed with status "
					+ status + ":\n" + buffer.toString(StandardCharsets.UTF_8));
		}
		System.out.print(buffer.toString(StandardCharsets.UTF_8));
	}

	private static Method findExecute(Class<?> storageTool) {
		try {
			return storageTool.getMethod("execute", String[].class, PrintStream.class);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static int formatInChildJvm(String[] formatArgs) throws IOException, InterruptedException {
		java.util.List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("kafka.tools.StorageTool");
		command.addAll(java.util.List.of(formatArgs));
		return new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	/** The cluster id of this data directory: generated once, then kept in {@code cluster.id}. */
	static String clusterId(Path dir) throws IOException {
		Path file = dir.resolve("cluster.id");
		if (Files.exists(file)) {
			String id = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (!id.isEmpty()) {
				return id;
			}
		}
		String id = Uuid.randomUuid().toString();
		Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
		return id;
	}

	/**
	 * Runs {@code kafka.server.KafkaRaftServer} (what {@code kafka.Kafka.main} does, but with a ready line
	 * once startup has returned). Reflection keeps this class free of the broker's internal types, which
	 * Kafka's POM puts in runtime scope.
	 */
	private static void run(Properties properties, int port) throws Exception {
		Object server;
		try {
			Class<?> configClass = Class.forName("kafka.server.KafkaConfig");
			Object config = configClass.getMethod("fromProps", Properties.class, boolean.class)
				.invoke(null, properties, false);
			Class<?> serverClass = Class.forName("kafka.server.KafkaRaftServer");
			server = serverClass.getConstructor(configClass, Time.class).newInstance(config, Time.SYSTEM);
		}
		catch (ReflectiveOperationException ex) {
			// a Kafka whose internals moved: fall back to its own main (no ready line, the port tells)
			Path file = Path.of(properties.getProperty("log.dirs")).getParent().resolve("server.properties");
			System.out.println("KafkaBroker: starting through kafka.Kafka (" + ex + ")");
			Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[] { file.toString() });
			return;
		}
		Method startup = server.getClass().getMethod("startup");
		Method shutdown = server.getClass().getMethod("shutdown");
		Method awaitShutdown = server.getClass().getMethod("awaitShutdown");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				shutdown.invoke(server);
				System.out.println("KafkaBroker stopped");
			}
			catch (ReflectiveOperationException ex) {
				ex.printStackTrace();
			}
		}, "kafka-broker-shutdown"));
		try {
			startup.invoke(server);
		}
		catch (InvocationTargetException ex) {
			System.err.println("KafkaBroker failed to start: " + ex.getCause());
			ex.getCause().printStackTrace();
			Runtime.getRuntime().halt(1);
		}
		System.out.println(READY + " on localhost:" + port);
		awaitShutdown.invoke(server);
	}

}
