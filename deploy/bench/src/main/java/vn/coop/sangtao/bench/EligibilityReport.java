package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The eligibility benchmark's report: how the round was built, how long the whole round's verdicts
 * took one at a time and in parallel (with what they said), and the latency of one verdict at fixed
 * arrival rates.
 */
final class EligibilityReport {

	private final String gateway;

	private final BenchOptions options;

	private final List<String> notes = new ArrayList<>();

	private final List<String> setup = new ArrayList<>();

	private final List<String> evaluations = new ArrayList<>();

	private final List<String> verdicts = new ArrayList<>();

	private final List<LatencyReport.Row> rows = new ArrayList<>();

	EligibilityReport(String gateway, BenchOptions options) {
		this.gateway = gateway;
		this.options = options;
	}

	/** The lines saying how the round was built; the builders add to them. */
	List<String> setup() {
		return this.setup;
	}

	void note(String line) {
		this.notes.add(line);
		System.out.println(line);
	}

	void add(LatencyReport.Row row) {
		this.rows.add(row);
		System.out.printf("%s p50 %.1f p90 %.1f p99 %.1f ms %s%n", row.name(), row.p50(), row.p90(), row.p99(),
				row.statuses());
	}

	/** A step of building the round, made {@code in flight} at a time. */
	void seeded(Sweep.Result sweep, String what) {
		this.rows.add(sweep.row());
		this.setup.add("%,d %s in %.0f s (%.1f/s, %d in flight)".formatted(sweep.answers().size(), what, sweep.seconds(),
				sweep.perSecond(), this.options.number("parallel", 4)));
	}

	/** One evaluation of the whole round. */
	void evaluated(Sweep.Result sweep, Verdicts verdicts) {
		this.rows.add(sweep.row());
		this.evaluations.add("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(sweep.row().name(),
				sweep.answers().size(), sweep.seconds(), sweep.perSecond(), sweep.row().p50(), sweep.row().p90(),
				sweep.row().p99()));
		this.verdicts.add(sweep.row().name() + ": " + verdicts.describe(sweep.answers().size()));
	}

	/** How many units, recorded awards and proposals the caller's tenant holds. */
	static String tenantTotals(SangtaoApi api, Supplier<String> officer, String when) {
		return "The tenant held %,d member units, %,d awards in its history and %,d proposals %s.".formatted(
				total(api, officer, "/api/membership/units?size=1"), total(api, officer, "/api/awards/history?size=1"),
				total(api, officer, "/api/awards/proposals?size=1"), when);
	}

	private static long total(SangtaoApi api, Supplier<String> officer, String path) {
		SangtaoApi.Response answer = GatewayCalls.send(api, "GET", path, officer, null);
		GatewayCalls.id(200, answer);
		return answer.json().get("total").asLong();
	}

	Path write(Path dir, String round) throws IOException {
		String markdown = notes(round);
		System.out.println(markdown);
		LatencyReport report = new LatencyReport(this.options.has("round") ? "Awards: eligibility of an earlier run's round"
				: "Awards: eligibility of a round of %,d candidates with five years of history"
					.formatted(this.options.number("candidates", 1000)), markdown);
		this.rows.forEach(report::add);
		return report.write(dir, "eligibility");
	}

	/** What was measured and how. */
	private String intro(String round) {
		int year = this.options.number("year", Year.now().getValue());
		return """
				Through the gateway at %s as %s (catalogue, units, holds) and %s (awards), in their tenant \
				(quang-tri by default). %s \
				A candidate's eligibility is its proposal's verdict, `GET /api/awards/proposals/{id}/eligibility`, \
				which changes nothing: awards reads the nominee's facts (the proposal, the year's catalogue, the \
				nominee's awards, initiatives, reviews, holds, members and their awards, activities, and its other \
				proposals: about ten store queries) and applies the award type's rules, each explained. "Evaluate \
				the round" asks for every verdict of the round, one at a time and then %d at a time (a closed loop: \
				rate 0 in the table; achieved/s is evaluations a second); "one verdict at N/s" asks at a fixed \
				arrival rate (open model) for %d s after %d s of warm-up, through the candidates in turn. Rows \
				"setup" time the building of the round. Load generator, gateway, identity, services, broker and \
				store share one machine (%d cores), with other work on it. Run at %s.

				The evaluator alone (`Eligibility.evaluate`, the rules applied to facts in memory) is not measured: \
				it lives in the awards service's Spring Boot module, which deploy/bench does not build against, and \
				this project does not time unit tests.

				""".formatted(this.gateway, this.options.text("admin", "qt.admin"), this.options.text("officer",
				"qt.officer"), this.options.has("round") ? "The round " + round + ", which an earlier run built, as it stands."
						: "Round %s: %,d candidates for %d, each a new member unit with the awards of %d–%d recorded from before Sangtao."
							.formatted(round, this.options.number("candidates", 1000), year, year - 4, year),
				this.options.number("parallel", 4), this.options.seconds("seconds", 30).toSeconds(),
				this.options.seconds("warmup", 5).toSeconds(), Runtime.getRuntime().availableProcessors(), Instant.now());
	}

	private String notes(String round) {
		StringBuilder out = new StringBuilder(intro(round));
		if (!this.setup.isEmpty()) {
			out.append("How the round was built (see RoundCandidate for the mix of awards and histories):\n\n");
			this.setup.forEach(line -> out.append("- ").append(line).append('\n'));
			out.append('\n');
		}
		out.append("Evaluating the round:\n\n| evaluation | verdicts | seconds | evaluations/s | p50 ms | p90 ms | p99 ms |\n")
			.append("|---|---|---|---|---|---|---|\n");
		this.evaluations.forEach(line -> out.append(line).append('\n'));
		out.append('\n');
		this.verdicts.forEach(line -> out.append("- ").append(line).append('\n'));
		out.append('\n');
		this.notes.forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

}
