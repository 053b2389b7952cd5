package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TokenClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads a campaign's dashboard, pledge board and activity list at a fixed arrival rate, first with
 * a short history of activities and again with ten times as many, and compares the two. The bench
 * builds the history itself through the gateway: units in blocks and areas, a launched campaign,
 * pledges, and activities.
 *
 * <pre>
 * deploy/bench/campaigns [--gateway http://localhost:8080] [--identity http://localhost:9000]
 *                        [--units 1000] [--small 2000] [--large 20000] [--rate 5] [--seconds 30] [--warmup 5]
 *                        [--parallel 4] [--absorb-minutes 20]
 * deploy/bench/campaigns --campaign ID [--rate 5] [--seconds 30] [--warmup 5]     (measure an earlier run's campaign again)
 * </pre>
 *
 * It works as {@code qt.admin} (membership) and {@code qt.officer} (campaigns) in the quang-tri
 * tenant, since the local run has demo users only; run it on a data directory of its own.
 */
public final class CampaignsBench {

	private CampaignsBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String gateway = options.getOrDefault("gateway", "http://localhost:8080");
		TokenClient tokens = new TokenClient(options.getOrDefault("identity", "http://localhost:9000"));
		Supplier<String> admin = new RenewingToken(tokens, "qt.admin", "sangtao-demo");
		Supplier<String> officer = new RenewingToken(tokens, "qt.officer", "sangtao-demo");
		int units = Integer.parseInt(options.getOrDefault("units", "1000"));
		int small = Integer.parseInt(options.getOrDefault("small", "2000"));
		int large = Integer.parseInt(options.getOrDefault("large", "20000"));
		int rate = Integer.parseInt(options.getOrDefault("rate", "5"));
		Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
		Duration absorb = Duration.ofMinutes(Long.parseLong(options.getOrDefault("absorb-minutes", "20")));
		SangtaoApi api = new SangtaoApi(gateway);
		CampaignHistory history = new CampaignHistory(api, admin, officer,
				Integer.parseInt(options.getOrDefault("parallel", "4")));
		CampaignReads reads = new CampaignReads(api, new ReadLoad(gateway, officer), officer);
		if (options.containsKey("campaign")) {
			measureOnly(api, reads, officer, options.get("campaign"), rate, measure, warmup, units);
			return;
		}
		List<String> seeding = new ArrayList<>();
		List<LatencyReport.Row> rows = new ArrayList<>();
		try {
			Instant start = Instant.now();
			history.growTo(units);
			history.launchCampaign();
			int inScope = history.awaitUnitsKnown(units, absorb);
			history.pledge();
			seeding.add("the tenant grown to %,d units (new ones in 10 blocks and 20 communes), %,d of them in the campaign's scope; the campaign and %,d pledges, in %d s"
				.formatted(units, inScope, inScope / 3, Duration.between(start, Instant.now()).toSeconds()));
			int recorded = 0;
			for (int size : new int[] { small, large }) {
				double perSecond = history.recordActivities(recorded, size);
				recorded = size;
				String absorbed = reads.awaitDashboardCounts(history.campaignId(), absorb);
				seeding.add("activities %,d → %,d recorded at %.1f/s; %s"
					.formatted(size == small ? 0 : small, size, perSecond, absorbed));
				System.out.println(seeding.get(seeding.size() - 1));
				String label = "%,d activities".formatted(size);
				reads.measure(history.campaignId(), label, rate, warmup, units);
				List<LatencyReport.Row> measured = reads.measure(history.campaignId(), label, rate, measure, units);
				measured.forEach(r -> System.out.printf("%s p50 %.1f p90 %.1f p99 %.1f ms %s%n", r.name(), r.p50(), r.p90(),
						r.p99(), r.statuses()));
				rows.addAll(measured);
			}
		} finally {
			history.close();
		}
		CampaignsReport report = new CampaignsReport(gateway, units, small, large, rate, measure, warmup, seeding, rows);
		System.out.println(report.notes());
		System.out.println("report: " + report.write(Path.of("deploy/bench/results")));
	}

	/**
	 * Measures the reads of a campaign an earlier run built ({@code --campaign ID}), as it stands now,
	 * without waiting for its dashboard: for a history the dashboard has not finished counting.
	 */
	private static void measureOnly(SangtaoApi api, CampaignReads reads, Supplier<String> officer, String campaignId,
			int rate, Duration measure, Duration warmup, int units) throws Exception {
		long held = api.get("/api/campaigns/activities?size=1&campaignId=" + campaignId, officer.get()).json()
			.get("total").asLong();
		long counted = api.get("/api/campaigns/campaigns/" + campaignId + "/dashboard", officer.get()).json()
			.get("total").get("activities").asLong();
		String label = "%,d activities".formatted(held);
		reads.measure(campaignId, label, rate, warmup, units);
		LatencyReport report = new LatencyReport("Campaigns: reads of campaign %s at %,d activities".formatted(campaignId,
				held), "Measured as the campaign stood at %s: %,d activities held, %,d of them counted by the dashboard."
					.formatted(Instant.now(), held, counted));
		reads.measure(campaignId, label, rate, measure, units).forEach(report::add);
		System.out.println("report: " + report.write(Path.of("deploy/bench/results"), "campaigns"));
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
			options.put(name, flag ? "true" : args[++i]);
		}
		return options;
	}
}
