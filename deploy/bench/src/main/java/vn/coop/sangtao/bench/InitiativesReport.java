package vn.coop.sangtao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The initiatives benchmark's report: how the data was seeded, gateway/direct ratios of submission
 * latency and of throughput at saturation, and for each read the ratio of its cost over the large
 * tenant to its cost over the small one.
 */
final class InitiativesReport {

	private final LatencyReport report;

	InitiativesReport(String gateway, String direct, List<String> sizes, int submitRate, int readRate, int concurrency,
			Duration measure, Duration warmup, Duration saturation, List<String> seeding, Map<String, Double> saturated,
			List<LatencyReport.Row> rows, Map<String, CpuUsage> cpuByPhase) {
		StringBuilder notes = new StringBuilder("""
				Gateway %s, service %s, as nb.member (submissions) and nb.officer (reads) in the ninh-binh tenant. \
				At each size: submissions of about 2 KB at %d/s (open model), alternating gateway and direct, for \
				%d s after %d s of warm-up; then %d in flight at saturation for 2 × %d s per path, alternating; \
				then each read on its own at %d/s for %d s after %d s of warm-up. Every submission runs duplicate \
				detection before its 201. Load generator, gateway, identity, services, broker and store share one \
				machine (%d cores). Run at %s.

				""".formatted(gateway, direct, submitRate, measure.toSeconds(), warmup.toSeconds(), concurrency,
				saturation.toSeconds(), readRate, measure.toSeconds(), warmup.toSeconds(),
				Runtime.getRuntime().availableProcessors(), Instant.now()));
		seeding.forEach(line -> notes.append("- ").append(line).append('\n'));
		notes.append("\nGateway over direct:\n\n| size | submit p50 | submit p99 | throughput at saturation |\n|---|---|---|---|\n");
		for (String label : sizes) {
			LatencyReport.Row viaGateway = row(rows, "submit via gateway, " + label);
			LatencyReport.Row viaDirect = row(rows, "submit via direct, " + label);
			Double gatewayRate = saturated.get("gateway, " + label);
			Double directRate = saturated.get("direct, " + label);
			if (viaGateway != null && viaDirect != null && gatewayRate != null && directRate != null) {
				notes.append("| %s | %.2f | %.2f | %.2f (%.1f/s over %.1f/s) |\n".formatted(label,
						viaGateway.p50() / viaDirect.p50(), viaGateway.p99() / viaDirect.p99(), gatewayRate / directRate,
						gatewayRate, directRate));
			}
		}
		String small = sizes.get(0);
		String large = sizes.get(sizes.size() - 1);
		if (!small.equals(large)) {
			readRatios(notes, rows, small, large);
		}
		this.report = new LatencyReport("Initiatives: submissions through the gateway and direct; reads at %s initiatives"
			.formatted(small.equals(large) ? small : small + " and " + large), notes.toString());
		System.out.println(notes);
		rows.forEach(this.report::add);
		cpuByPhase.forEach(this.report::cpu);
	}

	/** How much each read costs at the large size over the small. */
	private static void readRatios(StringBuilder notes, List<LatencyReport.Row> rows, String small, String large) {
		notes.append("\n%s initiatives over %s:\n\n| read | p50 ratio | p90 ratio | p99 ratio |\n|---|---|---|---|\n"
			.formatted(large, small));
		for (LatencyReport.Row s : rows) {
			if (s.name().endsWith(", " + small)) {
				String what = s.name().substring(0, s.name().length() - small.length() - 2);
				LatencyReport.Row l = row(rows, what + ", " + large);
				if (l != null) {
					notes.append("| %s | %.2f | %.2f | %.2f |\n".formatted(what, l.p50() / s.p50(), l.p90() / s.p90(),
							l.p99() / s.p99()));
				}
			}
		}
	}

	private static LatencyReport.Row row(List<LatencyReport.Row> rows, String name) {
		return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}

	Path write(Path dir) throws IOException {
		return this.report.write(dir, "initiatives");
	}
}
