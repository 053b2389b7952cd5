package vn.coop.sangtao.local;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;

/**
 * Starts the Sangtao suite as separate processes: the document store and the Kafka broker first, then
 * identity, the five services and the gateway all at once, and waits until every one is ready.
 *
 * <pre>{@code
 * try (RunningSuite suite = Suite.start(SuiteConfig.randomPorts())) {
 *     String token = new TokenClient(suite.identityUrl()).userToken("nb.officer", "sangtao-demo");
 *     // call suite.gatewayUrl() ...
 *     suite.kill("campaigns");     // fault drills
 *     suite.start("campaigns");
 * }
 * }</pre>
 *
 * Each process writes its output to {@code <dataDir>/logs/<name>.log} and its PID to
 * {@code <dataDir>/pids/<name>.pid}.
 */
public final class Suite {

	public static final String STORE = "store";

	public static final String KAFKA = "kafka";

	/** The quota store the gateways of a cluster share (Debian's redis-server); a single suite has none. */
	public static final String REDIS = "redis";

	public static final String IDENTITY = "identity";

	public static final String MEMBERSHIP = "membership";

	public static final String CAMPAIGNS = "campaigns";

	public static final String INITIATIVES = "initiatives";

	public static final String AWARDS = "awards";

	public static final String INTEGRATIONS = "integrations";

	public static final String GATEWAY = "gateway";

	/** The web console, reached through the gateway at {@code /}. */
	public static final String CONSOLE = "console";

	private static final Pattern INSTANCE = Pattern.compile("(.+)-([2-9])");

	/** The document store, the broker(s) and a cluster's Redis, started first. */
	public static final List<String> INFRASTRUCTURE = List.of(STORE, KAFKA, REDIS);

	/** The domain services (each {@code services/<name>/target/<name>.jar}). */
	public static final List<String> SERVICES = List.of(MEMBERSHIP, CAMPAIGNS, INITIATIVES, AWARDS, INTEGRATIONS);

	/** The Spring Boot applications, started together once the infrastructure is up. */
	public static final List<String> APPS = Stream.of(List.of(IDENTITY), SERVICES, List.of(CONSOLE, GATEWAY))
		.flatMap(List::stream)
		.toList();

	/** Every process, in start order. */
	public static final List<String> ALL = Stream.concat(INFRASTRUCTURE.stream(), APPS.stream()).toList();

	private Suite() {
	}

	/** Starts every process of the config (a cluster's too) and waits until all are ready. */
	public static RunningSuite start(SuiteConfig config) {
		return start(config, config.processes());
	}

	/** Starts only the document store and the Kafka broker (a cluster's three brokers). */
	public static RunningSuite startInfrastructure(SuiteConfig config) {
		return start(config, config.processes().stream().filter(name -> !isApp(name)).toList());
	}

	/** Starts the named processes (in the suite's order, whatever the order given) and waits until all are ready. */
	public static RunningSuite start(SuiteConfig config, String... names) {
		return start(config, List.of(names));
	}

	/**
	 * Starts the named processes and waits until all are ready. On failure every process started here is
	 * stopped again and a {@link SuiteException} tells which process failed, with the tail of its log.
	 */
	public static RunningSuite start(SuiteConfig config, Collection<String> names) {
		requireJars(config, ordered(names));
		RunningSuite suite = new RunningSuite(config);
		try {
			suite.start(names);
			return suite;
		}
		catch (RuntimeException ex) {
			try {
				suite.stopAll();
			}
			catch (RuntimeException stopFailure) {
				ex.addSuppressed(stopFailure);
			}
			throw ex;
		}
	}

	/**
	 * The processes in the suite's order; a second instance ({@code membership-2}) follows the first, and a
	 * cluster's brokers ({@code kafka-2}, {@code kafka-3}) the first broker.
	 */
	static List<String> ordered(Collection<String> names) {
		names.forEach(Suite::requireKnown);
		return new LinkedHashSet<>(names).stream()
			.sorted(Comparator.comparingInt((String name) -> ALL.indexOf(kind(name))).thenComparingInt(Suite::instance))
			.toList();
	}

	static void requireKnown(String name) {
		if (!ALL.contains(kind(name))) {
			throw new IllegalArgumentException("Unknown process '" + name + "'; known: " + ALL
					+ " (and further instances such as membership-2 in a cluster)");
		}
	}

	static boolean isApp(String name) {
		return APPS.contains(kind(name));
	}

	/** What a process is: {@code membership} for {@code membership} and {@code membership-2} alike. */
	public static String kind(String name) {
		Matcher numbered = INSTANCE.matcher(name);
		return numbered.matches() ? numbered.group(1) : name;
	}

	/** Which instance a process is: 1 for {@code membership}, 2 for {@code membership-2}. */
	public static int instance(String name) {
		Matcher numbered = INSTANCE.matcher(name);
		return numbered.matches() ? Integer.parseInt(numbered.group(2)) : 1;
	}

	/** The name of instance {@code number} of a kind: the first keeps the plain name. */
	public static String instanceName(String kind, int number) {
		return number == 1 ? kind : kind + "-" + number;
	}

	/** Where the jar of a Boot application is, under the repository root (the same for every instance). */
	public static Path jar(Path repoRoot, String name) {
		requireKnown(name);
		if (!isApp(name)) {
			throw new IllegalArgumentException(name + " is not a Boot application");
		}
		String kind = kind(name);
		return GATEWAY.equals(kind) ? repoRoot.resolve("gateway/target/gateway.jar")
				: repoRoot.resolve("services/" + kind + "/target/" + kind + ".jar");
	}

	/** Fails with one clear message naming every missing jar of the given processes. */
	static void requireJars(SuiteConfig config, Collection<String> names) {
		Path root = config.repoRoot();
		List<String> missing = names.stream()
			.filter(Suite::isApp)
			.map(name -> jar(root, name))
			.distinct()
			.filter(jar -> !Files.isRegularFile(jar))
			.map(jar -> root.relativize(jar).toString())
			.toList();
		if (!missing.isEmpty()) {
			throw new SuiteException("Missing " + String.join(", ", missing) + " under " + root
					+ ". Build first: cd " + root + " && mvn -q -DskipTests install   (or run deploy/local/run)");
		}
	}

	/** The command line of one process. */
	static List<String> command(SuiteConfig config, String name) {
		if (REDIS.equals(kind(name))) {
			// nothing to keep: quotas are a second's worth of state
			return new ArrayList<>(List.of(redisServer(), "--port", String.valueOf(config.port(name)), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no"));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(config.jvmOptions(name));
		Path data = config.dataDir();
		switch (kind(name)) {
			case STORE -> {
				infrastructureClassPath(command);
				command.add(DocumentStore.class.getName());
				command.addAll(List.of("--port", String.valueOf(config.port(STORE)), "--dir", data.resolve("store").toString()));
			}
			case KAFKA -> {
				infrastructureClassPath(command);
				command.add(KafkaBroker.class.getName());
				command.addAll(List.of("--port", String.valueOf(config.port(name)), "--controller-port",
						String.valueOf(config.port(SuiteConfig.controllerOf(name))), "--dir",
						data.resolve(name).toString(), "--node-id", String.valueOf(instance(name)), "--voters",
						voters(config)));
				if (config.isCluster()) {
					// the brokers of one cluster share its id: derived from the data directory, the same for all three
					UUID id = UUID.nameUUIDFromBytes(data.toString().getBytes(StandardCharsets.UTF_8));
					command.addAll(List.of("--cluster-id",
							new Uuid(id.getMostSignificantBits(), id.getLeastSignificantBits()).toString()));
				}
			}
			default -> {
				command.add("-jar");
				command.add(jar(config.repoRoot(), name).toString());
				command.addAll(bootArgs(config, name));
			}
		}
		command.addAll(config.extraArgs(name));
		return command;
	}

	/**
	 * The arguments every Boot application gets (the gateway also gets its routes). In a cluster every
	 * application knows all three brokers and creates topics with three replicas, and the gateway spreads
	 * each route over the service's instances.
	 */
	static List<String> bootArgs(SuiteConfig config, String name) {
		String identity = "http://localhost:" + config.port(IDENTITY);
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local",
				"--server.port=" + config.port(name),
				"--spring.mongodb.uri=mongodb://localhost:" + config.port(STORE) + "/" + kind(name),
				"--spring.kafka.bootstrap-servers=" + bootstrap(config),
				"--sangtao.identity.uri=" + identity, "--sangtao.identity.issuer=" + identity));
		if (config.isCluster()) {
			args.add("--sangtao.kafka.replication-factor=" + config.instances(KAFKA).size());
		}
		if (GATEWAY.equals(kind(name)) && config.ports().containsKey(REDIS)) {
			// the gateways of a cluster draw a tenant's calls from one bucket, as in production
			args.addAll(List.of("--sangtao.gateway.rate-limit.store=redis", "--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + config.port(REDIS)));
		}
		if (IDENTITY.equals(kind(name))) {
			args.add("--sangtao.identity.console-redirect-uri=" + consoleAddress(config) + "/login/oauth2/code/console");
		}
		if (CONSOLE.equals(kind(name))) {
			args.add("--sangtao.console.gateway-uri=" + consoleAddress(config));
			args.add("--sangtao.console.public-uri=" + consoleAddress(config));
		}
		if (GATEWAY.equals(kind(name))) {
			args.add("--sangtao.routes.console=http://localhost:" + config.port(CONSOLE));
			for (String service : SERVICES) {
				List<String> instances = config.instances(service);
				if (instances.size() == 1) {
					args.add("--sangtao.routes." + service + "=http://localhost:" + config.port(service));
					continue;
				}
				args.add("--sangtao.routes." + service + "=lb://" + service);
				for (int i = 0; i < instances.size(); i++) {
					args.add("--spring.cloud.discovery.client.simple.instances." + service + "[" + i + "].uri=http://localhost:"
							+ config.port(instances.get(i)));
				}
			}
		}
		return args;
	}

	/** Where browsers reach the console: the first gateway. */
	public static String consoleAddress(SuiteConfig config) {
		return "http://localhost:" + config.port(GATEWAY);
	}

	/** {@code redis-server} on the PATH. */
	static String redisServer() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter(dir -> !dir.isBlank())
			.map(dir -> Path.of(dir, "redis-server"))
			.filter(Files::isExecutable)
			.findFirst()
			.map(Path::toString)
			.orElseThrow(() -> new SuiteException("A cluster's gateways share their rate limits through Redis: "
					+ "install redis-server (Debian: apt-get install redis-server)"));
	}

	/** {@code bootstrap.servers}: every broker of the suite. */
	static String bootstrap(SuiteConfig config) {
		return config.instances(KAFKA).stream().map(broker -> "localhost:" + config.port(broker))
			.collect(Collectors.joining(","));
	}

	/** The KRaft quorum: {@code id@host:controllerPort} of every broker (each is broker and controller). */
	static String voters(SuiteConfig config) {
		return config.instances(KAFKA).stream()
			.map(broker -> instance(broker) + "@127.0.0.1:" + config.port(SuiteConfig.controllerOf(broker)))
			.collect(Collectors.joining(","));
	}

	private static void infrastructureClassPath(List<String> command) {
		// The current JVM's class path: the CLI's (local.jar + lib/*, expanded by the launcher) or, inside
		// Surefire, its booter jar whose manifest lists the whole test class path. Made absolute because
		// the child runs in the data directory.
		String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.map(entry -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator));
		// Kafka and mongo-java-server log through SLF4J: bind it to Log4j 2 even if a test class path also
		// holds Logback
		command.add("-Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider");
		command.add("-cp");
		command.add(classPath);
	}

}
