package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.Suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The running processes of a local suite, found through the pid files deploy/local writes
 * ({@code <dataDir>/pids/<name>.pid}), in the suite's start order (store, kafka, identity, the
 * services, gateway; a cluster's further instances after the first).
 */
final class SuitePids {

	private SuitePids() {
	}

	/** Process name to pid; empty when the data directory has no pid files (a suite run elsewhere). */
	static Map<String, Long> running(Path dataDir) {
		Path pidDir = dataDir.resolve("pids");
		if (!Files.isDirectory(pidDir)) {
			return Map.of();
		}
		Map<String, Long> pids = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(pidDir)) {
			files.map(file -> file.getFileName().toString())
				.filter(file -> file.endsWith(".pid"))
				.map(file -> file.substring(0, file.length() - ".pid".length()))
				.filter(name -> Suite.ALL.contains(Suite.kind(name)))
				.sorted(Comparator.comparingInt((String name) -> Suite.ALL.indexOf(Suite.kind(name)))
					.thenComparingInt(Suite::instance))
				.forEach(name -> pidIfRunning(pidDir.resolve(name + ".pid")).ifPresent(pid -> pids.put(name, pid)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + pidDir, ex);
		}
		return pids;
	}

	/** The pid in the file, if that process runs and looks like the suite's (a stale file may name a reused pid). */
	private static Optional<Long> pidIfRunning(Path pidFile) {
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command()
					.map(command -> command.contains("java") || command.contains("redis-server"))
					.orElse(true))
				.map(ProcessHandle::pid);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
