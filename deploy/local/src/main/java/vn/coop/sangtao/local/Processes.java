package vn.coop.sangtao.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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

	/** The live process a pid file points at, if the file exists and the process is a running Java program. */
	static Optional<ProcessHandle> live(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(Processes::looksLikeJava);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean looksLikeJava(ProcessHandle handle) {
		// guards against a recycled PID; when the command is not visible, assume it is ours
		return handle.info().command().map(command -> command.contains("java")).orElse(true);
	}

	/**
	 * Stops the processes of the pid files in {@code <dataDir>/pids}: gateway and services (together), then
	 * the broker, then the store. SIGTERM, then SIGKILL after {@code timeout}. Removes the pid files.
	 * @return the names of the processes that were running
	 */
	static List<String> stopFromPidFiles(Path dataDir, Duration timeout, Consumer<String> progress) {
		Path pidDir = dataDir.resolve("pids");
		List<String> apps = new ArrayList<>(Suite.APPS);
		Collections.reverse(apps);
		List<String> stopped = new ArrayList<>();
		for (List<String> wave : List.of(apps, List.of(Suite.KAFKA), List.of(Suite.STORE))) {
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
