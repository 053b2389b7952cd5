package vn.coop.sangtao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The campaigns benchmark's report: how the history was built, the latencies of each read at both
 * history sizes, and for each read the ratio of the large history's percentiles to the small one's.
 */
final class CampaignsReport {

	private final LatencyReport report;

	private final String notes;

	CampaignsReport(String gateway, int units, int small, int large, int rate, Duration measure, Duration warmup,
			List<String> seeding, List<LatencyReport.Row> rows) {
		StringBuilder notes = new StringBuilder("""
				Through the gateway at %s as qt.officer (the local run has demo users only, so the bench tenant is \
				quang-tri). A tenant of %,d units; a launched campaign over the whole alliance; its history grown \
				from %,d to %,d activities (five units each). Each read runs on its own at %d requests/s (open \
				model) for %d s after %d s of warm-up, once the dashboard had counted every activity. Load \
				generator, gateway, identity, services, broker and store share one machine (%d cores), with \
				other work on it. Run at %s.

				How the history was built:
				""".formatted(gateway, units, small, large, rate, measure.toSeconds(), warmup.toSeconds(),
				Runtime.getRuntime().availableProcessors(), Instant.now()));
		seeding.forEach(line -> notes.append("- ").append(line).append('\n'));
		notes.append("\nLarge history over small (%,d / %,d activities):\n\n".formatted(large, small));
		notes.append("| read | p50 ratio | p90 ratio | p99 ratio |\n|---|---|---|---|\n");
		int reads = CampaignReads.READS.size();
		for (int i = 0; i < reads && i + reads < rows.size(); i++) {
			LatencyReport.Row s = rows.get(i);
			LatencyReport.Row l = rows.get(i + reads);
			notes.append("| %s | %.2f | %.2f | %.2f |\n".formatted(CampaignReads.READS.get(i), l.p50() / s.p50(),
					l.p90() / s.p90(), l.p99() / s.p99()));
		}
		this.notes = notes.toString();
		this.report = new LatencyReport("Campaigns: dashboard, pledge board and activity list at %,d and %,d activities"
			.formatted(small, large), notes.toString());
		rows.forEach(this.report::add);
	}

	/** How the history was built and the ratios; the rows were printed as they were added. */
	String notes() {
		return this.notes;
	}

	Path write(Path dir) throws IOException {
		return this.report.write(dir, "campaigns");
	}
}
