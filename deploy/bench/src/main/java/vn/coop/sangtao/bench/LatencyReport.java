package vn.coop.sangtao.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects one benchmark's rows and writes them as JSON and Markdown under deploy/bench/results. */
final class LatencyReport {

	/**
	 * One measured load level. Latencies in milliseconds; {@code micros} is the whole distribution, kept
	 * for the plot (not written to the JSON).
	 */
	record Row(String name, int rate, long requests, double achievedPerSecond, Map<Integer, Long> statuses,
			long measured, long missing, double p50, double p90, double p99, double p999, double max, Histogram micros) {

		static Row of(String name, int rate, long requests, double achieved, Map<Integer, Long> statuses, long missing,
				Histogram micros) {
			// a copy: some benches go on recording into the same histogram (the next level's warm-up)
			Histogram measured = micros.copy();
			return new Row(name, rate, requests, achieved, statuses, measured.getTotalCount(), missing,
					ms(measured, 50), ms(measured, 90), ms(measured, 99), ms(measured, 99.9),
					measured.getMaxValue() / 1000.0, measured);
		}

		/** The row's line on the plot: its name, and its rate where it ran at one. */
		String series() {
			return this.rate > 0 ? this.name + " at " + this.rate + "/s" : this.name;
		}

		private static double ms(Histogram micros, double percentile) {
			return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
		}

	}

	private final String title;

	private final String notes;

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, CpuUsage> cpuByPhase = new LinkedHashMap<>();

	private final List<String> findings = new ArrayList<>();

	LatencyReport(String title, String notes) {
		this.title = title;
		this.notes = notes;
	}

	void add(Row row) {
		this.rows.add(row);
		System.out.println(markdownLine(row));
	}

	/** A conclusion the run drew from its rows, listed under the table. */
	void finding(String text) {
		this.findings.add(text);
		System.out.println("finding: " + text);
	}

	/** What each process used during a measured phase (named like the rows it covers). */
	void cpu(String phase, CpuUsage usage) {
		this.cpuByPhase.put(phase, usage);
		System.out.println("CPU during " + phase + ":\n" + usage.markdown());
	}

	/**
	 * Writes {@code <slug>-<time>.json}, {@code .png} (the latency plot) and {@code .md} into {@code dir};
	 * returns the Markdown path.
	 */
	Path write(Path dir, String slug) throws IOException {
		Files.createDirectories(dir);
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path markdown = dir.resolve(slug + "-" + stamp + ".md");
		Path plot = dir.resolve(slug + "-" + stamp + ".png");
		Files.writeString(dir.resolve(slug + "-" + stamp + ".json"), json(), StandardCharsets.UTF_8);
		Files.writeString(markdown, markdown(plot(plot) ? plot.getFileName().toString() : null), StandardCharsets.UTF_8);
		return markdown;
	}

	/** Draws the rows' distributions; false (and no image in the Markdown) if it cannot, e.g. without fonts. */
	private boolean plot(Path png) {
		Map<String, Histogram> series = new LinkedHashMap<>();
		for (Row row : this.rows) {
			// the chart needs distinct names, and a bench may measure the same thing twice
			String name = row.series();
			for (int n = 2; series.containsKey(name); n++) {
				name = row.series() + " (" + n + ")";
			}
			series.put(name, row.micros());
		}
		try {
			LatencyPlot.write(png, this.title, series);
			return true;
		}
		catch (IOException | RuntimeException | Error ex) {
			// a run of many minutes must not lose its numbers to its picture (a JDK without fonts throws an Error)
			System.err.println("latency plot not written (" + png + "): " + ex);
			deleteQuietly(png);
			return false;
		}
	}

	/** Removes what a failed plot may have left: an empty or partial file. */
	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			System.err.println("could not delete " + file + ": " + ex.getMessage());
		}
	}

	private String markdown(String plot) {
		StringBuilder out = new StringBuilder("# " + this.title + "\n\n" + this.notes + "\n\n");
		out.append("| load | rate/s | requests | achieved/s | statuses | measured | missing | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		this.rows.forEach(row -> out.append(markdownLine(row)).append('\n'));
		if (!this.findings.isEmpty()) {
			out.append('\n');
			this.findings.forEach(finding -> out.append("- ").append(finding).append('\n'));
		}
		if (plot != null) {
			out.append("\n![Latency by percentile, one line per row](").append(plot).append(")\n");
		}
		out.append(CpuUsage.markdownSection(this.cpuByPhase));
		return out.toString();
	}

	private static String markdownLine(Row r) {
		return "| %s | %d | %d | %.1f | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(r.name(), r.rate(),
				r.requests(), r.achievedPerSecond(), r.statuses(), r.measured(), r.missing(), r.p50(), r.p90(), r.p99(),
				r.p999(), r.max());
	}

	private String json() {
		List<String> items = new ArrayList<>();
		for (Row r : this.rows) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("name", '"' + r.name() + '"');
			fields.put("rate", r.rate());
			fields.put("requests", r.requests());
			fields.put("achievedPerSecond", r.achievedPerSecond());
			fields.put("statuses", statuses(r.statuses()));
			fields.put("measured", r.measured());
			fields.put("missing", r.missing());
			fields.put("p50Ms", r.p50());
			fields.put("p90Ms", r.p90());
			fields.put("p99Ms", r.p99());
			fields.put("p999Ms", r.p999());
			fields.put("maxMs", r.max());
			List<String> pairs = new ArrayList<>();
			fields.forEach((k, v) -> pairs.add("\"" + k + "\": " + (v instanceof Double d && d.isNaN() ? "null" : v)));
			items.add("    {" + String.join(", ", pairs) + "}");
		}
		return "{\n  \"title\": \"" + this.title + "\",\n  \"rows\": [\n" + String.join(",\n", items)
				+ "\n  ],\n  \"findings\": [" + String.join(", ", this.findings.stream().map(LatencyReport::quoted).toList())
				+ "],\n  \"cpu\": " + CpuUsage.jsonSection(this.cpuByPhase) + "\n}\n";
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String statuses(Map<Integer, Long> statuses) {
		List<String> pairs = new ArrayList<>();
		statuses.forEach((status, count) -> pairs.add("\"" + status + "\": " + count));
		return "{" + String.join(", ", pairs) + "}";
	}

}
