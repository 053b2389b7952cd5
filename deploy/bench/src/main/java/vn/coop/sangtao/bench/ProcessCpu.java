package vn.coop.sangtao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the suite's processes and of this load generator during a phase of a benchmark, from
 * utime + stime in {@code /proc/<pid>/stat}. On a small machine the load generator competes with the
 * suite for the cores, so a latency means little without knowing who had them.
 */
final class ProcessCpu {

	static final String LOAD_GENERATOR = "load generator (bench JVM)";

	/** Where {@code deploy/local/run} keeps its data (and pid files) when given no {@code --data-dir}. */
	static final String DEFAULT_DATA_DIR = "deploy/local/.data";

	private final Map<String, Long> pids;

	private final long ticksPerSecond;

	ProcessCpu(Map<String, Long> pids, long ticksPerSecond) {
		this.pids = new LinkedHashMap<>(pids);
		this.ticksPerSecond = ticksPerSecond;
	}

	/** The suite's processes that have pid files under {@code dataDir} (possibly none), and this JVM. */
	static ProcessCpu ofSuite(Path dataDir) {
		Map<String, Long> pids = new LinkedHashMap<>(SuitePids.running(dataDir));
		if (pids.isEmpty()) {
			System.out.println("no running suite's pid files under " + dataDir.resolve("pids")
					+ " (--data-dir): CPU is reported for the load generator only");
		}
		pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
		System.out.println("CPU measured for (name=pid): " + pids);
		return new ProcessCpu(pids, ClockTicks.perSecond());
	}

	Phase start() {
		return new Phase();
	}

	/** A phase under way: {@link #stop()} tells what each process used since {@link #start()}. */
	final class Phase {

		private final long startedNanos = System.nanoTime();

		private final Map<String, Long> ticksAtStart = ticksNow();

		CpuUsage stop() {
			Map<String, Long> ticksAtEnd = ticksNow();
			double wallSeconds = (System.nanoTime() - this.startedNanos) / 1e9;
			List<CpuUsage.ProcessTime> used = new ArrayList<>();
			ProcessCpu.this.pids.forEach((name, pid) -> {
				Long before = this.ticksAtStart.get(name);
				Long after = ticksAtEnd.get(name);
				double seconds = before == null || after == null ? Double.NaN
						: (after - before) / (double) ProcessCpu.this.ticksPerSecond;
				used.add(new CpuUsage.ProcessTime(name, pid, seconds));
			});
			return new CpuUsage(wallSeconds, used);
		}

	}

	/** Each readable process's utime + stime so far, in clock ticks; a process that has exited is left out. */
	private Map<String, Long> ticksNow() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		this.pids.forEach((name, pid) -> {
			try {
				ticks.put(name, cpuTicks(Files.readString(Path.of("/proc", pid.toString(), "stat"), StandardCharsets.UTF_8)));
			}
			catch (IOException | RuntimeException ex) {
				// gone (or no /proc on this system): shown as unknown rather than failing a long run
			}
		});
		return ticks;
	}

	/** utime + stime (fields 14 and 15) of a {@code /proc/<pid>/stat} line, in clock ticks. */
	static long cpuTicks(String statLine) {
		// field 2 is the command in parentheses, which may itself hold spaces and ')': count from the last ')'
		String[] fields = statLine.substring(statLine.lastIndexOf(')') + 1).trim().split("\\s+");
		// fields[0] is field 3 (state), so field n is fields[n - 3]
		return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
	}

}
