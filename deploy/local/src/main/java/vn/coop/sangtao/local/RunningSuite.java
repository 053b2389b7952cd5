package vn.coop.sangtao.local;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The processes of a started suite: where they listen, and control over them (stop, kill, start again)
 * for fault drills. Closing it stops every process: gateway and services first, then the broker, then
 * the store.
 * <p>
 * Thread-safe. Unless {@link SuiteConfig#stopOnExit()} is false or {@link #detach()} was called, a JVM
 * shutdown hook stops the processes when this JVM exits.
 */
public final class RunningSuite implements AutoCloseable {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(400);

	private static final int TAIL_LINES = 60;

	private final SuiteConfig config;

	private final Path dataDir;

	private final Path logDir;

	private final Path pidDir;

	private final Map<String, Managed> processes = new ConcurrentHashMap<>();

	private final Map<String, Duration> startupTimes = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(1))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Object lock = new Object();

	private volatile boolean closed;

	private volatile Thread shutdownHook;

	RunningSuite(SuiteConfig config) {
		this.config = config;
		this.dataDir = config.dataDir();
		this.logDir = this.dataDir.resolve("logs");
		this.pidDir = this.dataDir.resolve("pids");
		try {
			Files.createDirectories(this.logDir);
			Files.createDirectories(this.pidDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + this.logDir + " and " + this.pidDir, ex);
		}
		if (config.stopOnExit()) {
			Thread hook = new Thread(this::stopAll, "sangtao-suite-stop");
			Runtime.getRuntime().addShutdownHook(hook);
			this.shutdownHook = hook;
		}
	}

	// ---------------------------------------------------------------- where things are

	public SuiteConfig config() {
		return this.config;
	}

	public int port(String name) {
		return this.config.port(name);
	}

	/**
	 * The address of a process: {@code http://localhost:<port>} for the Boot applications,
	 * {@link #storeUri()} for the store and {@link #kafkaBootstrap()} for the broker.
	 */
	public String url(String name) {
		Suite.requireKnown(name);
		return switch (Suite.kind(name)) {
			case Suite.STORE -> storeUri();
			case Suite.KAFKA -> "localhost:" + port(name);
			case Suite.REDIS -> "redis://localhost:" + port(name);
			default -> "http://localhost:" + port(name);
		};
	}

	public String gatewayUrl() {
		return url(Suite.GATEWAY);
	}

	public String identityUrl() {
		return url(Suite.IDENTITY);
	}

	/** {@code localhost:<port>} of every broker, for {@code bootstrap.servers}. */
	public String kafkaBootstrap() {
		return Suite.bootstrap(this.config);
	}

	/** {@code mongodb://localhost:<port>} */
	public String storeUri() {
		return "mongodb://localhost:" + port(Suite.STORE);
	}

	/** {@code mongodb://localhost:<port>/<database>}; each service uses the database of its own name. */
	public String storeUri(String database) {
		return storeUri() + "/" + database;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	public Path logDir() {
		return this.logDir;
	}

	public Path logFile(String name) {
		Suite.requireKnown(name);
		return this.logDir.resolve(name + ".log");
	}

	/** The processes started through this object that are running now, in the suite's order. */
	public List<String> running() {
		return this.config.processes().stream().filter(this::isRunning).toList();
	}

	public boolean isRunning(String name) {
		Managed managed = this.processes.get(name);
		return managed != null && managed.process.isAlive();
	}

	/** The PID of a running process. */
	public OptionalLong pid(String name) {
		Managed managed = this.processes.get(name);
		return (managed != null && managed.process.isAlive()) ? OptionalLong.of(managed.process.pid())
				: OptionalLong.empty();
	}

	/** The handle of a running process (e.g. to watch it exit). */
	public Optional<ProcessHandle> process(String name) {
		Managed managed = this.processes.get(name);
		return (managed != null && managed.process.isAlive()) ? Optional.of(managed.process.toHandle())
				: Optional.empty();
	}

	/** How long each process took from launch until ready, at its latest start. */
	public Map<String, Duration> startupTimes() {
		Map<String, Duration> ordered = new LinkedHashMap<>();
		this.config.processes().stream().filter(this.startupTimes::containsKey).forEach(name -> ordered.put(name, this.startupTimes.get(name)));
		return Collections.unmodifiableMap(ordered);
	}

	// ---------------------------------------------------------------- control

	/** Starts one process again (with the same configuration) and waits until it is ready. */
	public void start(String name) {
		start(List.of(name));
	}

	/**
	 * Starts the named processes, infrastructure first, the Boot applications together, and waits until all
	 * are ready. Processes already running are left alone. If one fails, the processes this call launched are
	 * stopped again.
	 * @throws SuiteException if one exits early or is not ready within {@link SuiteConfig#startupTimeout()}
	 */
	public void start(Collection<String> names) {
		List<String> ordered = Suite.ordered(names).stream().filter(name -> !isRunning(name)).toList();
		if (ordered.isEmpty()) {
			return;
		}
		Suite.requireJars(this.config, ordered);
		requireFreePorts(ordered);
		Instant deadline = Instant.now().plus(this.config.startupTimeout());
		List<String> infrastructure = ordered.stream().filter(name -> !Suite.isApp(name)).toList();
		List<String> apps = ordered.stream().filter(Suite::isApp).toList();
		List<String> launched = new ArrayList<>();
		try {
			for (List<String> wave : List.of(infrastructure, apps)) {
				if (!wave.isEmpty()) {
					for (String name : wave) {
						launch(name);
						launched.add(name);
					}
					awaitReady(wave, deadline);
				}
			}
		}
		catch (RuntimeException ex) {
			// leave nothing half-started behind: what this call launched is stopped again (apps first)
			List<String> reversed = new ArrayList<>(launched);
			Collections.reverse(reversed);
			try {
				stopTogether(reversed.stream().filter(Suite::isApp).toList());
				stopTogether(reversed.stream().filter(name -> !Suite.isApp(name)).toList());
			}
			catch (RuntimeException stopFailure) {
				ex.addSuppressed(stopFailure);
			}
			throw ex;
		}
	}

	/** Stops and starts one process. */
	public void restart(String name) {
		stop(name);
		start(name);
	}

	/**
	 * Stops one process: SIGTERM, up to {@link SuiteConfig#stopTimeout()} (20 s) to exit, then SIGKILL.
	 * Removes its pid file.
	 */
	public void stop(String name) {
		Suite.requireKnown(name);
		stopTogether(List.of(name));
	}

	/** Kills one process at once (SIGKILL, like {@code kill -9}): no clean shutdown. */
	public void kill(String name) {
		Suite.requireKnown(name);
		Managed managed = this.processes.get(name);
		if (managed != null) {
			managed.process.destroyForcibly();
			waitForExit(managed.process, Duration.ofSeconds(10));
			this.config.progress().accept(name + " killed");
		}
		deletePidFile(name);
	}

	/**
	 * Stops every process in reverse order: gateways, services and identity (together), then the brokers
	 * (and a cluster's Redis), then the store. Idempotent; this object cannot start processes afterwards.
	 */
	public void stopAll() {
		synchronized (this.lock) {
			this.closed = true;
		}
		if (!running().isEmpty()) {
			this.config.progress().accept("stopping " + String.join(", ", running()));
		}
		List<String> apps = new ArrayList<>(this.config.processes().stream().filter(Suite::isApp).toList());
		Collections.reverse(apps);
		stopTogether(apps);
		stopTogether(this.config.processes().stream().filter(name -> !Suite.isApp(name) && !Suite.STORE.equals(name))
			.toList());
		stopTogether(List.of(Suite.STORE));
		removeShutdownHook();
	}

	/** Whether {@link #stopAll()} or {@link #close()} was called (maybe by the shutdown hook). */
	public boolean isClosed() {
		return this.closed;
	}

	/** Same as {@link #stopAll()}. */
	@Override
	public void close() {
		stopAll();
	}

	/**
	 * Leaves the processes running when this JVM exits (removes the shutdown hook). Their output already
	 * goes to the log files, so they do not depend on this JVM. Stop them later with {@code LocalRun stop}
	 * (the pid files).
	 */
	public void detach() {
		removeShutdownHook();
	}

	// ---------------------------------------------------------------- internals

	private void launch(String name) {
		List<String> command = Suite.command(this.config, name);
		if (Processes.SETSID != null) {
			// a session of its own: Ctrl-C in the terminal reaches only the launcher, which stops the
			// processes in order, and a detached suite does not hang on the terminal
			command.add(0, Processes.SETSID);
		}
		Path log = logFile(name);
		synchronized (this.lock) {
			if (this.closed) {
				throw new SuiteException("The suite is stopped; cannot start " + name);
			}
			try {
				long offset = Files.exists(log) ? Files.size(log) : 0;
				Files.writeString(log,
						"==== " + OffsetDateTime.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
						StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
						java.nio.file.StandardOpenOption.APPEND);
				ProcessBuilder builder = new ProcessBuilder(command).directory(this.dataDir.toFile())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
				File devNull = new File("/dev/null");
				if (devNull.exists()) {
					builder.redirectInput(ProcessBuilder.Redirect.from(devNull));
				}
				Process process = builder.start();
				this.processes.put(name, new Managed(name, process, offset, Instant.now()));
				Files.writeString(this.pidDir.resolve(name + ".pid"), process.pid() + "\n", StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new SuiteException("Cannot start " + name + ": " + ex.getMessage(), ex);
			}
		}
		this.config.progress().accept("starting " + name + " on port " + port(name));
	}

	private void awaitReady(List<String> names, Instant deadline) {
		Set<String> pending = new LinkedHashSet<>(names);
		while (!pending.isEmpty()) {
			if (this.closed) {
				throw new SuiteException("The suite was stopped while starting " + pending);
			}
			for (String name : pending) {
				Managed managed = this.processes.get(name);
				if (!managed.process.isAlive()) {
					throw new SuiteException(name + " exited with code " + managed.process.exitValue()
							+ " before it was ready. Log " + logFile(name) + ":\n" + tail(managed));
				}
			}
			Map<String, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
			pending.forEach(name -> probes.put(name, probe(this.processes.get(name))));
			for (Map.Entry<String, CompletableFuture<Boolean>> probe : probes.entrySet()) {
				if (probe.getValue().join()) {
					String name = probe.getKey();
					pending.remove(name);
					Duration took = Duration.between(this.processes.get(name).startedAt, Instant.now());
					this.startupTimes.put(name, took);
					this.config.progress().accept(String.format("%s ready in %.1f s", name, took.toMillis() / 1000.0));
				}
			}
			if (pending.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				String tails = pending.stream()
					.map(name -> "---- " + logFile(name) + ":\n" + tail(this.processes.get(name)))
					.collect(Collectors.joining("\n"));
				throw new SuiteException(pending + " not ready within " + this.config.startupTimeout().toSeconds()
						+ " s (raise it with SuiteConfig.withStartupTimeout).\n" + tails);
			}
			Processes.pause(POLL_INTERVAL);
		}
	}

	private CompletableFuture<Boolean> probe(Managed managed) {
		int port = port(managed.name);
		return switch (Suite.kind(managed.name)) {
			case Suite.STORE, Suite.REDIS -> CompletableFuture.completedFuture(accepts(port));
			case Suite.KAFKA -> CompletableFuture
				.completedFuture(accepts(port) && logSince(managed).contains(KafkaBroker.READY));
			default -> {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.GET()
					.build();
				yield this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
					.thenApply(response -> response.statusCode() == 200)
					.exceptionally(ex -> false);
			}
		};
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void requireFreePorts(List<String> names) {
		for (String name : names) {
			List<Integer> ports = new ArrayList<>(List.of(port(name)));
			if (Suite.KAFKA.equals(Suite.kind(name))) {
				ports.add(port(SuiteConfig.controllerOf(name)));
			}
			for (int port : ports) {
				if (!isFree(port)) {
					throw new SuiteException("Port " + port + " for " + name + " is already in use. Is a suite running"
							+ " already (stop it with deploy/local/stop), or does another program use it?");
				}
			}
		}
	}

	private static boolean isFree(int port) {
		if (accepts(port)) {
			return false;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void stopTogether(List<String> names) {
		List<Managed> stopping = new ArrayList<>();
		for (String name : names) {
			Managed managed = this.processes.get(name);
			if (managed != null && managed.process.isAlive()) {
				managed.process.destroy();
				stopping.add(managed);
			}
		}
		for (Managed managed : stopping) {
			if (!waitForExit(managed.process, this.config.stopTimeout())) {
				this.config.progress().accept(managed.name + " did not stop within "
						+ this.config.stopTimeout().toSeconds() + " s: killing it");
				managed.process.destroyForcibly();
				waitForExit(managed.process, Duration.ofSeconds(10));
			}
			this.config.progress().accept(managed.name + " stopped");
		}
		names.forEach(this::deletePidFile);
	}

	private static boolean waitForExit(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	private void deletePidFile(String name) {
		Managed managed = this.processes.get(name);
		if (managed == null) {
			return;
		}
		Path file = this.pidDir.resolve(name + ".pid");
		try {
			// only our own pid file: another launcher may have written one since
			if (Files.exists(file) && Files.readString(file).trim().equals(String.valueOf(managed.process.pid()))) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			// a stale pid file is harmless: LocalRun checks whether the process is alive
		}
	}

	private void removeShutdownHook() {
		Thread hook = this.shutdownHook;
		if (hook != null && hook != Thread.currentThread()) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down already
			}
		}
		this.shutdownHook = null;
	}

	private String logSince(Managed managed) {
		Path log = logFile(managed.name);
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long length = file.length();
			long from = Math.max(managed.logOffset, length - 1024 * 1024);
			byte[] bytes = new byte[(int) Math.max(0, length - from)];
			file.seek(from);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private String tail(Managed managed) {
		List<String> lines = logSince(managed).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
	}

	@Override
	public String toString() {
		return "RunningSuite[" + running() + ", data " + this.dataDir + "]";
	}

	private record Managed(String name, Process process, long logOffset, Instant startedAt) {
	}

}
