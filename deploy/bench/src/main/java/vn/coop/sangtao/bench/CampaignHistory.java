package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds a campaign's history through the gateway, as the alliance's staff would: member units in
 * emulation blocks and areas, a launched campaign over the whole alliance, pledges in every state,
 * and activities, each with a few participating units, recorded until the campaign holds a number.
 */
final class CampaignHistory {

	static final List<String> KINDS = List.of("TRAINING_CLASS", "TECHNICAL_TRAINING", "GROUP_CONSULTATION", "CONFERENCE",
			"WORKSHOP", "EXPERIENCE_EXCHANGE", "THEMATIC_ACTIVITY", "CLUB_MEETING");

	private static final int BLOCKS = 10;
	private static final int AREAS = 20;

	private final SangtaoApi api;
	private final Supplier<String> admin;
	private final Supplier<String> officer;
	private final ExecutorService calls;
	private final int year = LocalDate.now().getYear();
	private final Random random = new Random(2026);
	private final List<String> unitIds = new ArrayList<>();
	private String campaignId;

	CampaignHistory(SangtaoApi api, Supplier<String> admin, Supplier<String> officer, int parallel) {
		this.api = api;
		this.admin = admin;
		this.officer = officer;
		this.calls = Executors.newFixedThreadPool(parallel);
	}

	String campaignId() {
		return campaignId;
	}

	/**
	 * Grows the tenant to {@code total} units, the new ones spread over ten blocks of the year and
	 * twenty communes, so that a run goes on from a data directory that already holds units.
	 */
	void growTo(int total) {
		SangtaoApi.Response units = api.get("/api/membership/units?size=1", admin.get());
		int count = total - (int) units.json().get("total").asLong();
		if (count <= 0) {
			return;
		}
		String stamp = Long.toString(System.currentTimeMillis() % 100_000);
		List<String> blocks = new ArrayList<>();
		for (int b = 0; b < BLOCKS; b++) {
			blocks.add(id(201, post("/api/membership/blocks", admin,
					"{\"year\":%d,\"name\":\"Khối thi đua số %d (%s)\"}".formatted(year, b + 1, stamp))));
		}
		String province = id(201, post("/api/membership/areas", admin, "{\"name\":\"Tỉnh thử tải %s\",\"level\":\"PROVINCE\","
				+ "\"validFrom\":\"2025-07-01\"}".formatted(stamp)));
		List<String> areas = new ArrayList<>();
		for (int a = 0; a < AREAS; a++) {
			areas.add(id(201, post("/api/membership/areas", admin, "{\"name\":\"Xã thử tải %d\",\"level\":\"COMMUNE\","
					.formatted(a + 1) + "\"parentId\":\"" + province + "\",\"validFrom\":\"2025-07-01\"}")));
		}
		long prefix = 400_000_000L + new Random().nextInt(400_000_000);
		List<Supplier<String>> work = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String taxCode = TaxCodes.from(prefix);
			prefix = Long.parseLong(taxCode.substring(0, 9)) + 1;
			String body = "{\"name\":\"HTX Thử tải %s số %d\",\"kind\":\"COOPERATIVE\",\"taxCode\":\"%s\",\"sector\":\"AGRICULTURE\",\"areaId\":\"%s\"}"
				.formatted(stamp, i + 1, taxCode, areas.get(i % AREAS));
			String block = blocks.get(i % BLOCKS);
			work.add(() -> {
				String unit = id(201, post("/api/membership/units", admin, body));
				id(200, post("/api/membership/blocks/" + block + "/units", admin, "{\"unitId\":\"" + unit + "\"}"));
				return unit;
			});
		}
		all(work);
	}

	/** A launched campaign over the whole alliance, with five contents and an activity-fed criterion. */
	void launchCampaign() {
		campaignId = id(201, post("/api/campaigns/campaigns", officer, """
				{"code":"BENCH-%d","title":"Phong trào thi đua \\"Đoàn kết sáng tạo\\" (thử tải)","periodStart":"%d-01-01",
				 "periodEnd":"%d-12-31","contents":[{"number":1,"text":"Nội dung 1"},{"number":2,"text":"Nội dung 2"},
				 {"number":3,"text":"Nội dung 3"},{"number":4,"text":"Nội dung 4"},{"number":5,"text":"Nội dung 5"}],
				 "criteria":[{"code":"1","title":"Dự ít nhất 2 lớp tập huấn kỹ thuật","points":20,
				   "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2}},{"code":"2","title":"Chỉ tiêu","points":80}]}"""
			.formatted(System.currentTimeMillis(), year, year)));
		id(200, post("/api/campaigns/campaigns/" + campaignId + "/launch", officer, null));
	}

	/**
	 * Waits until campaigns has learned every unit from membership's events (the pledge board lists
	 * them all), then takes their ids from the board; answers how many are in the campaign's scope.
	 */
	int awaitUnitsKnown(int total, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		while (board(0, 1).get("total").asLong() < total && Instant.now().isBefore(deadline)) {
			Thread.sleep(1_000);
		}
		for (int page = 0; unitIds.size() < board(0, 1).get("total").asLong(); page++) {
			board(page, 500).get("items").forEach(row -> unitIds.add(row.get("unitId").asString()));
		}
		return unitIds.size();
	}

	private tools.jackson.databind.JsonNode board(int page, int size) {
		return api.get("/api/campaigns/campaigns/%s/pledges?page=%d&size=%d".formatted(campaignId, page, size),
				officer.get()).json();
	}

	/** A third of the units pledge: half of them are approved, a tenth returned, the rest await a decision. */
	void pledge() {
		List<Supplier<String>> work = new ArrayList<>();
		for (int i = 0; i < unitIds.size() / 3; i++) {
			String path = "/api/campaigns/campaigns/" + campaignId + "/pledges/" + unitIds.get(i);
			int n = i;
			work.add(() -> {
				id(200, send("PUT", path, officer, "{\"targets\":[{\"contentNumber\":2,\"text\":\"Chỉ tiêu số %d\"}]}"
					.formatted(n)));
				if (n % 2 == 0) {
					id(200, post(path + "/approve", officer, null));
				} else if (n % 10 == 1) {
					id(200, post(path + "/return", officer, "{\"reason\":\"Bổ sung số liệu\"}"));
				}
				return path;
			});
		}
		all(work);
	}

	/** Records activities until the campaign holds {@code total} of them; answers how many a second it recorded. */
	double recordActivities(int from, int total) {
		List<Supplier<String>> work = new ArrayList<>();
		for (int i = from; i < total; i++) {
			String body = activity(i);
			work.add(() -> id(201, post("/api/campaigns/activities", officer, body)));
		}
		long start = System.nanoTime();
		all(work);
		return (total - from) / ((System.nanoTime() - start) / 1e9);
	}

	private String activity(int n) {
		List<String> units = new ArrayList<>();
		for (int u = 0; u < 5; u++) {
			units.add("\"" + unitIds.get(random.nextInt(unitIds.size())) + "\"");
		}
		return """
				{"campaignId":"%s","kind":"%s","title":"Hoạt động số %d","date":"%s","place":"Hội trường",
				 "unitIds":[%s],"contentNumbers":[%d]}""".formatted(campaignId, KINDS.get(n % KINDS.size()), n,
				LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)), units.stream().distinct().collect(Collectors.joining(",")),
				1 + n % 5);
	}

	private SangtaoApi.Response post(String path, Supplier<String> token, String body) {
		return send("POST", path, token, body);
	}

	private SangtaoApi.Response send(String method, String path, Supplier<String> token, String body) {
		return GatewayCalls.send(api, method, path, token, body);
	}

	private static String id(int status, SangtaoApi.Response response) {
		return GatewayCalls.id(status, response);
	}

	private List<String> all(List<Supplier<String>> work) {
		List<Future<String>> running = work.stream().map(w -> calls.submit(w::get)).toList();
		List<String> results = new ArrayList<>();
		for (Future<String> future : running) {
			try {
				results.add(future.get());
			} catch (Exception e) {
				throw new IllegalStateException("seeding the campaign's history failed", e);
			}
		}
		return results;
	}

	void close() {
		calls.shutdownNow();
	}
}
