package vn.coop.sangtao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The imports and the two search runs of a membership benchmark, as Markdown, with the 50k/5k ratios. */
final class MembershipReport {

	private final String notes;

	private final List<SheetImport.Result> imports = new ArrayList<>();

	private List<LatencyReport.Row> small = List.of();

	private List<LatencyReport.Row> large = List.of();

	private long smallUnits;

	private long largeUnits;

	MembershipReport(String notes) {
		this.notes = notes;
	}

	void imported(SheetImport.Result result) {
		this.imports.add(result);
		System.out.println(importLine(result));
	}

	void searched(boolean atLarge, long units, List<LatencyReport.Row> rows) {
		if (atLarge) {
			this.large = rows;
			this.largeUnits = units;
		}
		else {
			this.small = rows;
			this.smallUnits = units;
		}
		rows.forEach(row -> System.out.println(searchLine(row)));
	}

	Path write(Path dir) throws IOException {
		Files.createDirectories(dir);
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path file = dir.resolve("membership-" + stamp + ".md");
		Files.writeString(file, markdown(), StandardCharsets.UTF_8);
		return file;
	}

	String markdown() {
		StringBuilder out = new StringBuilder("# Membership: importing units and searching 5,000 and 50,000 of them\n\n")
			.append(this.notes)
			.append("\n\n## Imports (one CSV of generated units per request, through the gateway)\n\n")
			.append("answer s: until the HTTP answer (202 and the import job); wall s: until the job held its report ")
			.append("(or, without a job, until every new unit's event was published); events read s: until every ")
			.append("consumer had read them (empty when not within the bench's patience).\n\n")
			.append("| batch | units before | HTTP | answer s | wall s | rows/s | events read s | created | unchanged | failed |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		this.imports.forEach(result -> out.append(importLine(result)).append('\n'));
		out.append("\n## Searches (GET /api/membership/units, open model)\n\n")
			.append("| search | rate/s | requests | achieved/s | statuses | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		this.small.forEach(row -> out.append(searchLine(row)).append('\n'));
		this.large.forEach(row -> out.append(searchLine(row)).append('\n'));
		return out.append(ratios()).toString();
	}

	private String ratios() {
		if (this.small.isEmpty() || this.large.isEmpty() || this.imports.isEmpty()) {
			return "";
		}
		LatencyReport.Row a = this.small.get(0);
		LatencyReport.Row b = this.large.get(0);
		SheetImport.Result first = this.imports.get(0);
		SheetImport.Result last = this.imports.get(this.imports.size() - 1);
		StringBuilder out = new StringBuilder("\n## 50k / 5k\n\n")
			.append("Searches at %,d units against %,d (all searches); imports: the last batch against the first.\n\n"
				.formatted(this.largeUnits, this.smallUnits))
			.append("| measure | at 5k | at 50k | 50k/5k |\n|---|---|---|---|\n");
		ratio(out, "search p50 ms", a.p50(), b.p50());
		ratio(out, "search p90 ms", a.p90(), b.p90());
		ratio(out, "search p99 ms", a.p99(), b.p99());
		ratio(out, "search p99.9 ms", a.p999(), b.p999());
		ratio(out, "import of 5,000 rows, s", first.seconds(), last.seconds());
		return out.toString();
	}

	private static void ratio(StringBuilder out, String measure, double small, double large) {
		out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", measure, small, large, large / small));
	}

	private static String importLine(SheetImport.Result r) {
		return String.format(Locale.ROOT, "| %d | %,d | %d | %.2f | %.1f | %.0f | %s | %s | %s | %s |", r.batch(),
				r.unitsBefore(), r.status(), r.answerSeconds(), r.seconds(), r.rowsPerSecond(),
				Double.isNaN(r.absorbedSeconds()) ? "" : String.format(Locale.ROOT, "%.1f", r.absorbedSeconds()),
				count(r.created()), count(r.unchanged()), count(r.failed()));
	}

	private static String count(int value) {
		return value < 0 ? "–" : String.valueOf(value);
	}

	private static String searchLine(LatencyReport.Row r) {
		return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | %.1f |", r.name(),
				r.rate(), r.requests(), r.achievedPerSecond(), r.statuses().isEmpty() ? "" : r.statuses(), r.p50(),
				r.p90(), r.p99(), r.p999(), r.max());
	}

}
