package vn.coop.sangtao.bench;

import tools.jackson.databind.json.JsonMapper;

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

/** The drills of one run, their figures and verdicts, written as JSON and Markdown under deploy/bench/results. */
final class DrillReport {

	/** One drill: its figures in the order measured, and whether it passed and by which rule. */
	static final class Drill {

		private final String title;

		private final Map<String, Object> figures = new LinkedHashMap<>();

		private boolean passed;

		private String rule = "";

		Drill(String title) {
			this.title = title;
		}

		void figure(String name, Object value) {
			figures.put(name, value);
			System.out.println("  " + name + ": " + value);
		}

		void verdict(boolean passed, String rule) {
			this.passed = passed;
			this.rule = rule;
			System.out.println("  verdict: " + (passed ? "PASS" : "FAIL") + " — " + rule);
		}

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("drill", title);
			map.put("verdict", passed ? "pass" : "fail");
			map.put("rule", rule);
			map.put("figures", figures);
			return map;
		}
	}

	private final String title;

	private final String notes;

	private final List<Drill> drills = new ArrayList<>();

	DrillReport(String title, String notes) {
		this.title = title;
		this.notes = notes;
	}

	void add(Drill drill) {
		drills.add(drill);
	}

	/** A drill that may throw. */
	interface DrillRun {

		Drill run() throws Exception;

	}

	/**
	 * Runs one drill; one that throws fails with the error as its rule, so that the drills after it
	 * still run and the report is still written.
	 */
	static Drill failedOnError(String name, DrillRun drill) {
		try {
			return drill.run();
		}
		catch (Exception | AssertionError ex) {
			ex.printStackTrace();
			Drill failed = new Drill(name);
			failed.verdict(false, "the drill itself failed: " + ex);
			return failed;
		}
	}

	/** Writes {@code <slug>-<time>.json} and {@code .md} into {@code dir}; returns the Markdown path. */
	Path write(Path dir, String slug) throws IOException {
		Files.createDirectories(dir);
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Files.writeString(dir.resolve(slug + "-" + stamp + ".json"), JsonMapper.builder().build()
			.writerWithDefaultPrettyPrinter().writeValueAsString(drills.stream().map(Drill::asMap).toList()),
				StandardCharsets.UTF_8);
		StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(notes).append("\n\n");
		md.append("| Drill | Verdict | Rule |\n|---|---|---|\n");
		drills.forEach(d -> md.append("| ").append(d.title).append(" | ").append(d.passed ? "**pass**" : "**FAIL**")
			.append(" | ").append(d.rule).append(" |\n"));
		for (Drill drill : drills) {
			md.append("\n## ").append(drill.title).append("\n\n| Figure | Value |\n|---|---|\n");
			drill.figures.forEach((name, value) -> md.append("| ").append(name).append(" | ")
				.append(String.valueOf(value).replace("|", "\\|")).append(" |\n"));
		}
		Path markdown = dir.resolve(slug + "-" + stamp + ".md");
		Files.writeString(markdown, md, StandardCharsets.UTF_8);
		return markdown;
	}

}
