package vn.coop.sangtao.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Process helpers: {@code setsid}, pid files, stopping by PID. */
final class Processes {

	/** {@code setsid}, if this system has it. */
	static final String SETSID = find("/usr/bin/setsid", "/bin/setsid");

	private Processes() {
	}

	private static String find(String... candidates) {
		for (String candidate : candidates) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	/** Waits (polling loops of the launcher; tests use Awaitility). */
	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SuiteException("Interrupted", ex);
		}
	}

	/**
	 * The live process a pid file points at, if the file exists and the process is a running Java program
	 * (or the cluster's Redis).
	 */
	static Optional<ProcessHandle> live(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(Processes::looksLikeOurs);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean looksLikeOurs(ProcessHandle handle) {
		// guards against a recycled PID; when the command is not visible, assume it is ours
		return handle.info().command().map(command -> command.contains("java") || command.contains("redis-server"))
			.orElse(true);
	}

	/**
	 * Stops the processes of the pid files in {@code <dataDir>/pids}: gateways and services (together), then
	 * the brokers (and a cluster's Redis), then the store. SIGTERM, then SIGKILL after {@code timeout}.
	 * Removes the pid files.
	 * @return the names of the processes that were running
	 */
	/**
	 * The processes that have a pid file in {@code <dataDir>/pids}, in the suite's order: a single suite's or
	 * a cluster's ({@code kafka-2}, {@code membership-2}, ...), whichever ran from there.
	 */
	static List<String> withPidFiles(Path dataDir) {
		try (Stream<Path> files = Files.list(dataDir.resolve("pids"))) {
			List<String> names = files.map(file -> file.getFileName().toString())
				.filter(file -> file.endsWith(".pid"))
				.map(file -> file.substring(0, file.length() - ".pid".length()))
				.filter(Processes::isProcessName)
				.toList();
			return Suite.ordered(names);
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + dataDir.resolve("pids"), ex);
		}
	}

	private static boolean isProcessName(String name) {
		try {
			Suite.requireKnown(name);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static List<String> stopFromPidFiles(Path dataDir, Duration timeout, Consumer<String> progress) {
		Path pidDir = dataDir.resolve("pids");
		List<String> named = withPidFiles(dataDir);
		List<String> apps = new ArrayList<>(named.stream().filter(Suite::isApp).toList());
		Collections.reverse(apps);
		List<String> brokers = named.stream().filter(name -> !Suite.isApp(name) && !Suite.STORE.equals(name)).toList();
		List<String> stopped = new ArrayList<>();
		for (List<String> wave : List.of(apps, brokers, List.of(Suite.STORE))) {
			List<ProcessHandle> handles = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (String name : wave) {
				Optional<ProcessHandle> live = live(pidDir.resolve(name + ".pid"));
				if (live.isPresent()) {
					progress.accept("stopping " + name + " (pid " + live.get().pid() + ")");
					live.get().destroy();
					handles.add(live.get());
					names.add(name);
				}
			}
			for (int i = 0; i < handles.size(); i++) {
				ProcessHandle handle = handles.get(i);
				try {
					handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (Exception ex) {
					progress.accept(names.get(i) + " did not stop within " + timeout.toSeconds() + " s: killing it");
					handle.destroyForcibly();
					try {
						handle.onExit().get(10, TimeUnit.SECONDS);
					}
					catch (Exception ignored) {
						// reported below if the pid is still alive next time
					}
				}
			}
			stopped.addAll(names);
			for (String name : wave) {
				try {
					Files.deleteIfExists(pidDir.resolve(name + ".pid"));
				}
				catch (IOException ex) {
					progress.accept("could not delete " + pidDir.resolve(name + ".pid") + ": " + ex.getMessage());
				}
			}
		}
		return stopped;
	}

}
