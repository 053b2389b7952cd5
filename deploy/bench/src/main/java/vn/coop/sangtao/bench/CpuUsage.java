package vn.coop.sangtao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU seconds each process used over some wall-clock seconds: one phase of a benchmark, or several
 * added up. 100 % is one core busy the whole time, so on a machine of N cores all processes together
 * reach at most N × 100 %.
 */
record CpuUsage(double wallSeconds, List<ProcessTime> processes) {

	/** {@code cpuSeconds} is NaN when the process could not be read at the start or the end (it had exited). */
	record ProcessTime(String name, long pid, double cpuSeconds) {
	}

	double percentOfOneCore(double cpuSeconds) {
		return 100 * cpuSeconds / this.wallSeconds;
	}

	/** This usage and another of the same processes, as if their phases had run one after the other. */
	CpuUsage plus(CpuUsage other) {
		List<ProcessTime> sums = new ArrayList<>();
		for (ProcessTime mine : this.processes) {
			double theirs = other.processes.stream().filter(p -> p.name().equals(mine.name())).findFirst()
				.map(ProcessTime::cpuSeconds).orElse(Double.NaN);
			sums.add(new ProcessTime(mine.name(), mine.pid(), mine.cpuSeconds() + theirs));
		}
		return new CpuUsage(this.wallSeconds + other.wallSeconds, sums);
	}

	/** The processes that could be read, added up. */
	double totalCpuSeconds() {
		return this.processes.stream().mapToDouble(ProcessTime::cpuSeconds).filter(s -> !Double.isNaN(s)).sum();
	}

	/** One table per phase, under a heading; nothing when no phase was measured. */
	static String markdownSection(Map<String, CpuUsage> byPhase) {
		if (byPhase.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("\n## CPU per process\n\nutime + stime from /proc/<pid>/stat over each "
				+ "measured phase; 100 %% is one core busy throughout, and this machine has %d cores.\n"
					.formatted(Runtime.getRuntime().availableProcessors()));
		byPhase.forEach((phase, usage) -> out.append("\n%s (%.0f s):\n\n%s".formatted(phase, usage.wallSeconds(),
				usage.markdown())));
		return out.toString();
	}

	/** A JSON object of phase to usage. */
	static String jsonSection(Map<String, CpuUsage> byPhase) {
		List<String> phases = new ArrayList<>();
		byPhase.forEach((phase, usage) -> phases.add("\n    \"" + phase + "\": " + usage.json()));
		return "{" + String.join(",", phases) + (phases.isEmpty() ? "}" : "\n  }");
	}

	String markdown() {
		StringBuilder out = new StringBuilder("| process | pid | CPU s | % of one core |\n|---|---|---|---|\n");
		for (ProcessTime p : this.processes) {
			out.append(Double.isNaN(p.cpuSeconds()) ? "| %s | %d | — | — |\n".formatted(p.name(), p.pid())
					: "| %s | %d | %.1f | %.0f |\n".formatted(p.name(), p.pid(), p.cpuSeconds(),
							percentOfOneCore(p.cpuSeconds())));
		}
		out.append("| all of these | | %.1f | %.0f |\n".formatted(totalCpuSeconds(), percentOfOneCore(totalCpuSeconds())));
		return out.toString();
	}

	String json() {
		List<String> items = new ArrayList<>();
		for (ProcessTime p : this.processes) {
			boolean known = !Double.isNaN(p.cpuSeconds());
			items.add("{\"name\": \"%s\", \"pid\": %d, \"cpuSeconds\": %s, \"percentOfOneCore\": %s}".formatted(p.name(),
					p.pid(), known ? number("%.2f", p.cpuSeconds()) : "null",
					known ? number("%.1f", percentOfOneCore(p.cpuSeconds())) : "null"));
		}
		return "{\"wallSeconds\": %s, \"processes\": [%s]}".formatted(number("%.2f", this.wallSeconds),
				String.join(", ", items));
	}

	/** A JSON number: a decimal point whatever the machine's locale. */
	private static String number(String format, double value) {
		return String.format(Locale.ROOT, format, value);
	}

}
