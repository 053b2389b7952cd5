package vn.coop.sangtao.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line of the local run (used by {@code deploy/local/run} and {@code deploy/local/stop}).
 *
 * <pre>
 * LocalRun run [--detach] [--only store,kafka,identity,gateway] [--heap initiatives=1g,store=1g] [--repo-root PATH]
 *              [--data-dir PATH] [--memory-store] [--full-jit] [--cluster]
 * LocalRun stop [--repo-root PATH] [--data-dir PATH]
 * LocalRun status [--repo-root PATH] [--data-dir PATH]
 * LocalRun check [--repo-root PATH] [--data-dir PATH]     (exit status 1 if a suite runs from the data directory)
 * </pre>
 *
 * {@code run} starts the whole suite on the default ports with its data in {@code deploy/local/.data},
 * seeds demo data once, prints where everything is, and stays in the foreground until Ctrl-C, which stops
 * every process. With {@code --detach} it returns once everything is ready and leaves the processes
 * running; {@code stop} stops them. {@code --heap} gives some processes more memory than the default
 * (a benchmark's large data, held by an in-memory search index). {@code --memory-store} keeps the
 * document store's data in memory only, lost when it stops (see {@link DocumentStore}): for benchmarks.
 * {@code --full-jit} compiles hot code fully ({@link #withFullJit}): slower to start, faster under load.
 * {@code --cluster} runs three brokers, two instances of each service and two gateways (see
 * {@link SuiteConfig#withCluster()}).
 */
public final class LocalRun {

	static final String DEMO_PASSWORD = "sangtao-demo";

	static final String ACCOUNTS = """
			  Demo accounts (password %s for all):
			    admin            PLATFORM_ADMIN     vca (national)
			    vca.officer      NATIONAL_OFFICER   vca (national)
			    vca.admin        TENANT_ADMIN       vca (national: launches national campaigns)
			    nb.admin         TENANT_ADMIN       ninh-binh
			    nb.officer       EMULATION_OFFICER  ninh-binh
			    nb.council1..3   COUNCIL_MEMBER     ninh-binh
			    nb.unitrep       UNIT_REP           ninh-binh
			    nb.member        MEMBER             ninh-binh
			    qt.admin         TENANT_ADMIN       quang-tri
			    qt.officer       EMULATION_OFFICER  quang-tri
			    hn.admin         TENANT_ADMIN       ha-nam (merged into ninh-binh on 01/07/2025)
			    nd.admin         TENANT_ADMIN       nam-dinh (merged into ninh-binh on 01/07/2025)
			  Machine clients (client credentials):
			    nb-integration / nb-integration-secret   ninh-binh
			    qt-integration / qt-integration-secret   quang-tri
			""".formatted(DEMO_PASSWORD);

	private static final String USAGE = """
			Usage: LocalRun run [--detach] [--cluster] [--memory-store] [--full-jit] [--heap NAME=SIZE,...]
			                    [--only NAME,...] [--repo-root PATH] [--data-dir PATH]
			       LocalRun stop [--repo-root PATH] [--data-dir PATH]
			       LocalRun status [--repo-root PATH] [--data-dir PATH]
			       LocalRun check [--repo-root PATH] [--data-dir PATH]
			Processes: %s (a cluster adds kafka-2, kafka-3, redis and a second instance of each app,
			identity-2, membership-2, ..., gateway-2)""".formatted(String.join(", ", SuiteConfig.defaults().processes()));

	private LocalRun() {
	}

	public static void main(String[] args) {
		int status;
		try {
			status = run(args, System.out, System.err);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			status = 2;
		}
		catch (SuiteException | IllegalStateException ex) {
			System.err.println();
			System.err.println("Sangtao did not start: " + ex.getMessage());
			status = 1;
		}
		if (status >= 0) {
			System.exit(status);
		}
		// the suite runs: stay in the foreground until Ctrl-C (the shutdown hook stops every process)
		try {
			Thread.currentThread().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs a command.
	 * @return the exit status, or -1 to keep running in the foreground (the suite is up)
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine line = CommandLine.parse(args, Set.of("detach", "memory-store", "full-jit", "cluster"));
		if (line.positional().size() != 1) {
			throw new IllegalArgumentException("Give one command: run, stop, status or check");
		}
		Path repoRoot = line.has("repo-root") ? Path.of(line.required("repo-root")).toAbsolutePath().normalize()
				: SuiteConfig.findRepoRoot(Path.of(""));
		Path dataDir = line.has("data-dir") ? Path.of(line.required("data-dir")).toAbsolutePath().normalize()
				: repoRoot.resolve("deploy/local/.data");
		return switch (line.positional().get(0)) {
			case "run" -> start(repoRoot, dataDir, line, out, err);
			case "stop" -> stop(dataDir, out);
			case "status" -> status(dataDir, out);
			case "check" -> check(dataDir, err);
			default -> throw new IllegalArgumentException("Unknown command '" + line.positional().get(0) + "'");
		};
	}

	/** {@code name=size,...}: each named process's maximum heap, e.g. {@code initiatives=1g}. */
	static SuiteConfig withHeaps(SuiteConfig config, String heaps) {
		SuiteConfig sized = config;
		for (String heap : heaps.split(",")) {
			if (heap.isBlank()) {
				continue;
			}
			String[] nameAndSize = heap.trim().split("=", 2);
			if (nameAndSize.length != 2 || !nameAndSize[1].matches("[0-9]+[mMgG]")) {
				throw new IllegalArgumentException("--heap takes name=size pairs such as initiatives=1g, not '" + heap + "'");
			}
			Suite.requireKnown(nameAndSize[0]);
			sized = sized.withJvmOptions(nameAndSize[0], "-Xmx" + nameAndSize[1]);
		}
		return sized;
	}

	/**
	 * Without the default's stop at the quick compiler. That stop starts nine JVMs on two cores in half the
	 * time, but leaves hot code several times slower than the optimising compiler makes it, which a
	 * benchmark of the suite under load would measure instead of the suite (production JVMs compile fully).
	 */
	static SuiteConfig withFullJit(SuiteConfig config) {
		return config.withJvmOptions(config.jvmOptions().stream()
				.filter(option -> !option.startsWith("-XX:TieredStopAtLevel=")).toList());
	}

	private static int start(Path repoRoot, Path dataDir, CommandLine line, PrintStream out, PrintStream err) {
		boolean detach = line.flag("detach");
		SuiteConfig shape = line.flag("cluster") ? SuiteConfig.defaults().withCluster() : SuiteConfig.defaults();
		List<String> names = line.has("only")
				? Stream.of(line.required("only").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
				: shape.processes();
		names.forEach(shape::port);

		if (check(dataDir, err) != 0) {
			return 1;
		}

		SuiteConfig config = shape
			.withRepoRoot(repoRoot)
			.withDataDir(dataDir)
			// the hook stops everything on Ctrl-C while starting too; --detach removes it once ready
			.withStopOnExit(true)
			.withProgress(message -> out.println("  " + message));
		config = withHeaps(config, line.optional("heap", ""));
		if (line.flag("full-jit")) {
			config = withFullJit(config);
		}
		if (line.flag("memory-store")) {
			if (Files.exists(dataDir.resolve("seeded"))) {
				// the broker and the markers would remember what the store forgot
				err.println("--memory-store needs a fresh data directory (" + dataDir + " was used before): "
						+ "give a new --data-dir, or delete that one");
				return 1;
			}
			config = config.withExtraArgs(Suite.STORE, "--" + DocumentStore.MEMORY);
		}
		Suite.requireJars(config, names);
		out.println("Starting Sangtao " + String.join(", ", Suite.ordered(names)) + " (logs in "
				+ dataDir.resolve("logs") + ")");
		Instant begin = Instant.now();
		RunningSuite suite = Suite.start(config, names);
		seed(suite, dataDir, isWholeSuite(names, shape), out, err);
		Duration took = Duration.between(begin, Instant.now());

		out.println();
		out.println("Sangtao is running" + (detach ? " in the background" : "") + String.format(" (started in %.1f s).", took.toMillis() / 1000.0));
		if (names.contains(Suite.GATEWAY) && names.contains(Suite.CONSOLE)) {
			out.println("  Web console  " + suite.gatewayUrl() + "/   (sign in with a demo account below)");
		}
		if (names.contains(Suite.GATEWAY)) {
			out.println("  Gateway      " + suite.gatewayUrl());
			out.println("  Swagger UI   " + suite.gatewayUrl() + "/swagger-ui.html");
		}
		for (String name : names) {
			if (Suite.isApp(name) && !Suite.GATEWAY.equals(name) && !Suite.CONSOLE.equals(name)) {
				out.printf("  %-12s %s%n", name, suite.url(name));
			}
		}
		if (names.contains(Suite.KAFKA)) {
			out.println("  Kafka        " + suite.kafkaBootstrap());
		}
		if (names.contains(Suite.STORE)) {
			out.println("  Store        " + suite.storeUri());
		}
		out.println("  Logs         " + suite.logDir());
		out.print(ACCOUNTS);
		out.println("  Startup: " + suite.startupTimes()
			.entrySet()
			.stream()
			.map(e -> String.format("%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
			.collect(Collectors.joining(", ")));

		if (detach) {
			suite.detach();
			out.println("Stop it with: deploy/local/stop");
			return 0;
		}
		out.println("Press Ctrl-C to stop.");
		for (String name : suite.running()) {
			suite.process(name).ifPresent(handle -> handle.onExit().thenRun(() -> {
				if (!suite.isClosed()) {
					err.println(name + " exited unexpectedly; see " + suite.logFile(name));
				}
			}));
		}
		return -1;
	}

	/** Whether {@code names} are every process of the suite's shape: demo data is seeded only then. */
	static boolean isWholeSuite(List<String> names, SuiteConfig shape) {
		return names.containsAll(shape.processes());
	}

	/** Runs the registered {@link DemoSeed}s once per data directory. */
	static void seed(RunningSuite suite, Path dataDir, boolean wholeSuite, PrintStream out, PrintStream err) {
		if (Files.exists(dataDir.resolve("seeded"))) {
			return;
		}
		List<DemoSeed> seeds = new ArrayList<>();
		ServiceLoader.load(DemoSeed.class).forEach(seeds::add);
		seed(suite, dataDir, wholeSuite, seeds, out, err);
	}

	/**
	 * Runs the seeds unless {@code <dataDir>/seeded} exists, then writes that file.
	 * @return whether the data directory is seeded now
	 */
	static boolean seed(RunningSuite suite, Path dataDir, boolean wholeSuite, List<DemoSeed> seeds, PrintStream out,
			PrintStream err) {
		Path marker = dataDir.resolve("seeded");
		if (Files.exists(marker)) {
			return true;
		}
		if (seeds.isEmpty()) {
			out.println("  no demo seed registered: skipping seeding");
			return false;
		}
		if (!wholeSuite) {
			out.println("  not the whole suite (--only): skipping seeding");
			return false;
		}
		try {
			for (DemoSeed seed : seeds) {
				out.println("  seeding demo data: " + seed.getClass().getName());
				seed.seed(suite);
			}
			Files.writeString(marker, OffsetDateTime.now() + "\n", StandardCharsets.UTF_8);
			return true;
		}
		catch (Exception ex) {
			err.println("  seeding failed (the suite keeps running; seeding is tried again at the next start): " + ex);
			return false;
		}
	}

	private static int stop(Path dataDir, PrintStream out) {
		List<String> stopped = Processes.stopFromPidFiles(dataDir, Duration.ofSeconds(20), message -> out.println("  " + message));
		out.println(stopped.isEmpty() ? "Sangtao is not running (no live pid file in " + dataDir.resolve("pids") + ")."
				: "Stopped " + String.join(", ", stopped) + ".");
		return 0;
	}

	private static int status(Path dataDir, PrintStream out) {
		Set<String> known = new LinkedHashSet<>(SuiteConfig.defaults().processes());
		known.addAll(Processes.withPidFiles(dataDir));
		for (String name : Suite.ordered(known)) {
			Optional<ProcessHandle> live = Processes.live(dataDir.resolve("pids").resolve(name + ".pid"));
			out.printf("  %-13s %s%n", name, live.map(h -> "running, pid " + h.pid()).orElse("not running"));
		}
		return 0;
	}

	/** 1 with a message if a suite runs from this data directory (its pid files point at live processes), else 0. */
	private static int check(Path dataDir, PrintStream err) {
		List<String> alive = running(dataDir);
		if (alive.isEmpty()) {
			return 0;
		}
		err.println("Sangtao is already running from " + dataDir + ": " + String.join(", ", alive) + ".");
		err.println("Stop it first: deploy/local/stop");
		return 1;
	}

	/** The processes whose pid files point at live processes. */
	static List<String> running(Path dataDir) {
		List<String> alive = new ArrayList<>();
		for (String name : Processes.withPidFiles(dataDir)) {
			Processes.live(dataDir.resolve("pids").resolve(name + ".pid"))
				.ifPresent(handle -> alive.add(name + " (pid " + handle.pid() + ")"));
		}
		return alive;
	}

}
