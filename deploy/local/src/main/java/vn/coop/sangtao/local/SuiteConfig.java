package vn.coop.sangtao.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to run the suite: the port of every process, the data directory (logs, pid files, store and
 * broker data), the repository root (where the jars are), extra arguments and JVM options per process,
 * and time limits. Immutable: every {@code with...} returns a changed copy.
 *
 * <pre>{@code
 * SuiteConfig config = SuiteConfig.randomPorts()          // free ports, a fresh temporary data dir
 *     .withExtraArgs("gateway", "--sangtao.gateway.rate-limit.requests-per-second=5");
 * try (RunningSuite suite = Suite.start(config)) { ... }
 * }</pre>
 */
public final class SuiteConfig {

	/**
	 * JVM options of every process unless changed: small heaps and quick start for seven JVMs on two cores.
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

	/** The key of the Kafka controller's port in {@link #ports()}. */
	public static final String KAFKA_CONTROLLER = "kafka-controller";

	/** How many brokers a cluster has (a KRaft quorum of three tolerates one failure). */
	public static final int CLUSTER_BROKERS = 3;

	/** How many instances of identity, of each service and of the gateway a cluster runs. */
	public static final int CLUSTER_INSTANCES = 2;

	/** The port of a default cluster's Redis: beside, not on, the 6379 of a Redis the machine may run. */
	private static final int CLUSTER_REDIS_PORT = 6380;

	/** Where a default cluster puts instance {@code n}: the first instance's port plus (n - 1) times this. */
	private static final int CLUSTER_PORT_STEP = 100;

	private static final Map<String, Integer> DEFAULT_PORTS;

	static {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put(Suite.STORE, 27017);
		ports.put(Suite.KAFKA, 9092);
		ports.put(KAFKA_CONTROLLER, 9093);
		ports.put(Suite.IDENTITY, 9000);
		ports.put(Suite.MEMBERSHIP, 8081);
		ports.put(Suite.CAMPAIGNS, 8082);
		ports.put(Suite.INITIATIVES, 8083);
		ports.put(Suite.AWARDS, 8084);
		ports.put(Suite.INTEGRATIONS, 8085);
		ports.put(Suite.CONSOLE, 8086);
		ports.put(Suite.GATEWAY, 8080);
		DEFAULT_PORTS = Collections.unmodifiableMap(ports);
	}

	private final Map<String, Integer> ports;

	private final Path dataDir;

	private final Path repoRoot;

	private final Map<String, List<String>> extraArgs;

	private final List<String> jvmOptions;

	private final Map<String, List<String>> extraJvmOptions;

	private final Duration startupTimeout;

	private final Duration stopTimeout;

	private final boolean stopOnExit;

	private final Consumer<String> progress;

	private SuiteConfig(Map<String, Integer> ports, Path dataDir, Path repoRoot, Map<String, List<String>> extraArgs,
			List<String> jvmOptions, Map<String, List<String>> extraJvmOptions, Duration startupTimeout,
			Duration stopTimeout, boolean stopOnExit, Consumer<String> progress) {
		this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
		this.dataDir = dataDir;
		this.repoRoot = repoRoot;
		this.extraArgs = copy(extraArgs);
		this.jvmOptions = List.copyOf(jvmOptions);
		this.extraJvmOptions = copy(extraJvmOptions);
		this.startupTimeout = startupTimeout;
		this.stopTimeout = stopTimeout;
		this.stopOnExit = stopOnExit;
		this.progress = progress;
	}

	/**
	 * The default ports (gateway 8080, identity 9000, services 8081-8085, console 8086, Kafka 9092/9093, store 27017),
	 * data directory {@code deploy/local/.data} under the repository root.
	 */
	public static SuiteConfig defaults() {
		return new SuiteConfig(DEFAULT_PORTS, null, null, Map.of(), DEFAULT_JVM_OPTIONS, Map.of(),
				Duration.ofSeconds(240), Duration.ofSeconds(20), true, message -> {
				});
	}

	/**
	 * Free ports for every process and a new temporary data directory: for tests, which may run while a
	 * local suite is up on the default ports.
	 */
	public static SuiteConfig randomPorts() {
		try {
			Path dataDir = Files.createTempDirectory("sangtao-suite-");
			return defaults().withPorts(freePorts(DEFAULT_PORTS.keySet())).withDataDir(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a data directory", ex);
		}
	}

	/**
	 * The same suite as a cluster: three KRaft brokers (topics with three replicas, two in sync), two
	 * instances of each service and two gateways (which spread calls over the services' instances and
	 * share rate limits through a Redis, {@code redis-server} on the PATH), two identities (sessions and
	 * authorizations in the store). Added processes are named {@code kafka-2}, {@code kafka-3},
	 * {@code identity-2}, {@code membership-2}, ..., {@code gateway-2}; on the default ports they listen 100 above the first instance (membership-2 on
	 * 8181), otherwise on free ports.
	 */
	public SuiteConfig withCluster() {
		if (isCluster()) {
			return this;
		}
		List<String> added = new ArrayList<>();
		for (int broker = 2; broker <= CLUSTER_BROKERS; broker++) {
			String name = Suite.instanceName(Suite.KAFKA, broker);
			added.add(name);
			added.add(controllerOf(name));
		}
		for (String kind : Suite.APPS) {
			if (Suite.CONSOLE.equals(kind)) {
				// one console: its sign-in sessions live in its memory, and the gateways route to it alone
				continue;
			}
			for (int instance = 2; instance <= CLUSTER_INSTANCES; instance++) {
				added.add(Suite.instanceName(kind, instance));
			}
		}
		added.add(Suite.REDIS);
		Map<String, Integer> ports = new LinkedHashMap<>(this.ports);
		if (this.ports.equals(DEFAULT_PORTS)) {
			for (String name : added) {
				ports.put(name, Suite.REDIS.equals(name) ? CLUSTER_REDIS_PORT
						: DEFAULT_PORTS.get(Suite.kind(name)) + CLUSTER_PORT_STEP * (Suite.instance(name) - 1));
			}
		}
		else {
			ports.putAll(freePorts(added));
		}
		return new SuiteConfig(ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit, this.progress);
	}

	/** Whether this is a cluster ({@link #withCluster()}). */
	public boolean isCluster() {
		return this.ports.containsKey(Suite.instanceName(Suite.KAFKA, 2));
	}

	/** Every process of this suite, in start order (a single suite has no Redis: only a cluster's gateways share one). */
	public List<String> processes() {
		return Suite.ordered(this.ports.keySet().stream().filter(name -> !name.startsWith(KAFKA_CONTROLLER)).toList());
	}

	/** The instances of one kind of process: {@code [membership, membership-2]} in a cluster. */
	public List<String> instances(String kind) {
		return processes().stream().filter(name -> Suite.kind(name).equals(kind)).toList();
	}

	/** The key of a broker's controller port: {@code kafka-controller} for {@code kafka}, {@code kafka-controller-2} for {@code kafka-2}. */
	public static String controllerOf(String broker) {
		return Suite.instanceName(KAFKA_CONTROLLER, Suite.instance(broker));
	}

	/** A free port for each name, all held until every one is chosen so that no two get the same. */
	private static Map<String, Integer> freePorts(Collection<String> names) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (String name : names) {
				ServerSocket socket = new ServerSocket();
				socket.setReuseAddress(true);
				socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
				held.add(socket);
				ports.put(name, socket.getLocalPort());
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not pick free ports", ex);
		}
		finally {
			for (ServerSocket socket : held) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// nothing to do
				}
			}
		}
	}

	/** The port of a process ({@code store}, {@code kafka}, ..., or {@link #KAFKA_CONTROLLER}). */
	public int port(String name) {
		Integer port = this.ports.get(name);
		if (port == null) {
			throw new IllegalArgumentException("Unknown process '" + name + "'; known: " + this.ports.keySet());
		}
		return port;
	}

	/** Every port by process name, with {@link #KAFKA_CONTROLLER}. */
	public Map<String, Integer> ports() {
		return this.ports;
	}

	public SuiteConfig withPort(String name, int port) {
		port(name);
		Map<String, Integer> ports = new LinkedHashMap<>(this.ports);
		ports.put(name, port);
		return withPorts(ports);
	}

	public SuiteConfig withPorts(Map<String, Integer> ports) {
		Map<String, Integer> merged = new LinkedHashMap<>(this.ports);
		ports.forEach((name, port) -> {
			port(name);
			merged.put(name, port);
		});
		return new SuiteConfig(merged, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit, this.progress);
	}

	/**
	 * The repository root: the one given, or the nearest folder above the current directory that holds
	 * {@code deploy/local/pom.xml}.
	 */
	public Path repoRoot() {
		return (this.repoRoot != null) ? this.repoRoot : findRepoRoot(Path.of("").toAbsolutePath());
	}

	public SuiteConfig withRepoRoot(Path repoRoot) {
		return new SuiteConfig(this.ports, this.dataDir, repoRoot.toAbsolutePath().normalize(), this.extraArgs,
				this.jvmOptions, this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit,
				this.progress);
	}

	/** The data directory: the one given, or {@code deploy/local/.data} under the repository root. */
	public Path dataDir() {
		return (this.dataDir != null) ? this.dataDir : repoRoot().resolve("deploy/local/.data");
	}

	public SuiteConfig withDataDir(Path dataDir) {
		return new SuiteConfig(this.ports, dataDir.toAbsolutePath().normalize(), this.repoRoot, this.extraArgs,
				this.jvmOptions, this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit,
				this.progress);
	}

	/**
	 * Arguments added after the suite's own ones (so they win in Spring Boot) for one process: those given
	 * for its kind ({@code membership}, every instance), then those given for the instance itself.
	 */
	public List<String> extraArgs(String name) {
		return ofKindThenInstance(this.extraArgs, name);
	}

	/** Adds arguments for one process, e.g. {@code withExtraArgs("gateway", "--logging.level.root=DEBUG")}. */
	public SuiteConfig withExtraArgs(String name, String... args) {
		Suite.requireKnown(name);
		Map<String, List<String>> extra = new LinkedHashMap<>(this.extraArgs);
		List<String> list = new ArrayList<>(this.extraArgs.getOrDefault(name, List.of()));
		list.addAll(List.of(args));
		extra.put(name, list);
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, extra, this.jvmOptions, this.extraJvmOptions,
				this.startupTimeout, this.stopTimeout, this.stopOnExit, this.progress);
	}

	/** The JVM options of every process, before the per-process ones. */
	public List<String> jvmOptions() {
		return this.jvmOptions;
	}

	/** The JVM options of one process: the common ones, then its kind's, then its own. */
	public List<String> jvmOptions(String name) {
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.addAll(ofKindThenInstance(this.extraJvmOptions, name));
		return options;
	}

	private static List<String> ofKindThenInstance(Map<String, List<String>> byName, String name) {
		List<String> values = new ArrayList<>(byName.getOrDefault(Suite.kind(name), List.of()));
		if (!Suite.kind(name).equals(name)) {
			values.addAll(byName.getOrDefault(name, List.of()));
		}
		return values;
	}

	/** Replaces the common JVM options (default {@link #DEFAULT_JVM_OPTIONS}). */
	public SuiteConfig withJvmOptions(List<String> jvmOptions) {
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, jvmOptions,
				this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit, this.progress);
	}

	/** Adds JVM options for one process (after the common ones, so e.g. its {@code -Xmx} wins). */
	public SuiteConfig withJvmOptions(String name, String... options) {
		Suite.requireKnown(name);
		Map<String, List<String>> extra = new LinkedHashMap<>(this.extraJvmOptions);
		List<String> list = new ArrayList<>(this.extraJvmOptions.getOrDefault(name, List.of()));
		list.addAll(List.of(options));
		extra.put(name, list);
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions, extra,
				this.startupTimeout, this.stopTimeout, this.stopOnExit, this.progress);
	}

	/** How long starting may take in all (default 240 s). */
	public Duration startupTimeout() {
		return this.startupTimeout;
	}

	public SuiteConfig withStartupTimeout(Duration startupTimeout) {
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, Objects.requireNonNull(startupTimeout), this.stopTimeout, this.stopOnExit,
				this.progress);
	}

	/** How long a process may take to stop after SIGTERM before it is killed (default 20 s). */
	public Duration stopTimeout() {
		return this.stopTimeout;
	}

	public SuiteConfig withStopTimeout(Duration stopTimeout) {
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, this.startupTimeout, Objects.requireNonNull(stopTimeout), this.stopOnExit,
				this.progress);
	}

	/**
	 * Whether a JVM shutdown hook stops the processes when this JVM exits (default true, so that a test
	 * run that dies leaves nothing behind). {@link RunningSuite#detach()} removes the hook.
	 */
	public boolean stopOnExit() {
		return this.stopOnExit;
	}

	public SuiteConfig withStopOnExit(boolean stopOnExit) {
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, this.startupTimeout, this.stopTimeout, stopOnExit, this.progress);
	}

	/** Where progress messages go ("identity ready in 12.3 s"); default nowhere. */
	public Consumer<String> progress() {
		return this.progress;
	}

	public SuiteConfig withProgress(Consumer<String> progress) {
		return new SuiteConfig(this.ports, this.dataDir, this.repoRoot, this.extraArgs, this.jvmOptions,
				this.extraJvmOptions, this.startupTimeout, this.stopTimeout, this.stopOnExit,
				Objects.requireNonNull(progress));
	}

	/**
	 * The nearest folder at or above {@code from} that holds {@code deploy/local/pom.xml}.
	 * @throws IllegalStateException if there is none
	 */
	public static Path findRepoRoot(Path from) {
		for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("deploy/local/pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the Sangtao repository root (a folder with deploy/local/pom.xml) "
				+ "at or above " + from.toAbsolutePath() + "; run from inside the repository or give it with withRepoRoot");
	}

	@Override
	public String toString() {
		return "SuiteConfig[ports=" + this.ports + ", dataDir=" + this.dataDir + ", repoRoot=" + this.repoRoot + "]";
	}

	private static Map<String, List<String>> copy(Map<String, List<String>> map) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(key, List.copyOf(value)));
		return Collections.unmodifiableMap(copy);
	}

}
