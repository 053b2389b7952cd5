package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** The three reads the bench measures, and the wait until the dashboard has counted every activity. */
final class CampaignReads {

	static final List<String> READS = List.of("dashboard", "pledge board", "activity list");

	private final SangtaoApi api;
	private final ReadLoad load;
	private final Supplier<String> officer;

	CampaignReads(SangtaoApi api, ReadLoad load, Supplier<String> officer) {
		this.api = api;
		this.load = load;
		this.officer = officer;
	}

	/** One row per read, each run on its own at {@code rate} for {@code duration}. */
	List<LatencyReport.Row> measure(String campaignId, String label, int rate, Duration duration, int units) {
		String campaign = "/api/campaigns/campaigns/" + campaignId;
		return List.of(
				load.run(label + ", dashboard", rate, duration, i -> campaign + "/dashboard"),
				// a page of 50 units in name order, over the first twenty pages
				load.run(label + ", pledge board", rate, duration,
						i -> campaign + "/pledges?size=50&page=" + i % Math.max(1, Math.min(20, units / 50))),
				// the campaign's activities newest first, 20 a page, over the first ten pages
				load.run(label + ", activity list", rate, duration,
						i -> "/api/campaigns/activities?campaignId=" + campaignId + "&size=20&page=" + i % 10));
	}

	/**
	 * Waits until the dashboard counts as many activities as the campaign holds (its rows are kept by
	 * events, behind the writes), or {@code patience} passed; says how long it took or how far it got,
	 * and the reads are measured either way.
	 */
	String awaitDashboardCounts(String campaignId, Duration patience) throws InterruptedException {
		Instant start = Instant.now();
		Instant deadline = start.plus(patience);
		long held = api.get("/api/campaigns/activities?size=1&campaignId=" + campaignId, officer.get()).json()
			.get("total").asLong();
		long counted = 0;
		while (Instant.now().isBefore(deadline)) {
			SangtaoApi.Response dashboard = api.get("/api/campaigns/campaigns/" + campaignId + "/dashboard", officer.get());
			counted = dashboard.status() == 200 ? dashboard.json().get("total").get("activities").asLong() : counted;
			if (counted >= held) {
				return "the dashboard counted all %,d %d s after the last was recorded".formatted(held,
						Duration.between(start, Instant.now()).toSeconds());
			}
			Thread.sleep(1_000);
		}
		return "the dashboard had counted only %,d of %,d after %d min".formatted(counted, held, patience.toMinutes());
	}
}
