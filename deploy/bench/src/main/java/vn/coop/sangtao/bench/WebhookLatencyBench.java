package vn.coop.sangtao.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;
import vn.coop.sangtao.local.TokenClient;
import vn.coop.sangtao.local.WebhookReceiver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;

/**
 * Time from the HTTP 201 of an initiative submission (through the gateway) to its signed webhook
 * being received, at constant arrival rates. The receiver runs in this process; each submission's
 * latency counts once both its 201 and its webhook are in, whichever comes first.
 *
 * <pre>
 * deploy/bench/webhook-latency [--gateway http://localhost:8080] [--identity http://localhost:9000]
 *                              [--rates 10,100] [--seconds 30] [--warmup 5] [--data-dir deploy/local/.data]
 *                              [--highest-from 10] [--hold 60] [--long]
 * </pre>
 *
 * After the fixed rates it looks for the highest rate the suite holds for {@code --hold} seconds,
 * starting at {@code --highest-from} (0: skip) and raising the rate by half each step until a step does
 * not hold: see {@link #held}. {@code --long} measures 300 s per rate (and holds 300 s) after 30 s of warm-up.
 *
 * {@code --data-dir} is the suite's data directory, whose pid files tell which processes' CPU to report.
 */
public final class WebhookLatencyBench {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	private final String member;

	private final String unitId;

	/** 201 times and webhook arrival times by initiative id, in nanoseconds. */
	private final Map<String, Long> created = new ConcurrentHashMap<>();

	private final Map<String, Long> delivered = new ConcurrentHashMap<>();

	private volatile Histogram latencies = new ConcurrentHistogram(3);

	private WebhookLatencyBench(String gateway, String member, String unitId) {
		this.gateway = gateway;
		this.member = member;
		this.unitId = unitId;
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = new BenchOptions(args);
		String gateway = options.text("gateway", "http://localhost:8080");
		TokenClient tokens = new TokenClient(options.text("identity", "http://localhost:9000"));
		int[] rates = Arrays.stream(options.text("rates", "10,100").split(",")).mapToInt(Integer::parseInt).toArray();
		boolean longer = options.has("long");
		Duration measure = options.seconds("seconds", longer ? 300 : 30);
		Duration warmup = options.seconds("warmup", longer ? 30 : 5);
		ProcessCpu cpu = ProcessCpu.ofSuite(Path.of(options.text("data-dir", ProcessCpu.DEFAULT_DATA_DIR)));

		SangtaoApi api = new SangtaoApi(gateway);
		String admin = tokens.userToken("nb.admin", "sangtao-demo");
		String taxCode = TaxCodes.from(279_000_000L + ThreadLocalRandom.current().nextInt(900_000));
		String unitId = api.post("/api/membership/units", admin, """
				{"name":"HTX Đo hiệu năng %s","kind":"COOPERATIVE","taxCode":"%s","sector":"OTHER"}"""
			.formatted(taxCode, taxCode)).json().get("id").asString();
		WebhookLatencyBench bench = new WebhookLatencyBench(gateway, tokens.userToken("nb.member", "sangtao-demo"), unitId);
		String officer = tokens.userToken("nb.officer", "sangtao-demo");
		LatencyReport report = new LatencyReport("Submission 201 → webhook received",
				"Open-model load through the gateway at " + gateway + ", " + measure.toSeconds() + " s per rate after "
						+ warmup.toSeconds() + " s of warm-up; the receiver runs in the load generator's JVM on the same "
						+ "machine. Run at " + Instant.now() + ".");
		try (WebhookReceiver receiver = WebhookReceiver.start(0, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
			SangtaoApi.Response endpoint = api.post("/api/integrations/endpoints", admin,
					"{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]}");
			receiver.useSecret(endpoint.json().get("secret").asString());
			receiver.onDelivery(delivery -> bench.arrived(delivery.body(), System.nanoTime()));
			bench.awaitUnitKnown();
			for (int rate : rates) {
				bench.load(rate, warmup);
				ProcessCpu.Phase phase = cpu.start();
				try (ReadModelWatch awards = new ReadModelWatch(api, officer, 2026)) {
					report.add(bench.measure(rate, measure));
					report.add(bench.readModelRow(rate, measure, awards));
				}
				report.cpu(rate + "/s (the load and the wait for the last webhooks)", phase.stop());
			}
			int from = options.number("highest-from", 10);
			if (from > 0) {
				ProcessCpu.Phase phase = cpu.start();
				bench.highestHeld(from, options.seconds("hold", longer ? 300 : 60), warmup, report);
				report.cpu("the search for the highest rate held", phase.stop());
			}
			System.out.println("invalid signatures: " + receiver.invalidCount());
		}
		System.out.println("report: " + report.write(Path.of("deploy/bench/results"), "webhook-latency"));
	}

	/**
	 * Raises the rate by half a step at a time from {@code from}, holding each for {@code hold}; adds
	 * every step's row, and the highest rate held as a finding.
	 */
	private void highestHeld(int from, Duration hold, Duration warmup, LatencyReport report) {
		int highest = 0;
		for (int rate = from; rate <= MAX_RATE; rate = Math.max(rate + 1, rate * 3 / 2)) {
			load(rate, warmup);
			LatencyReport.Row row = measure(rate, hold);
			report.add(row);
			if (!held(row, rate)) {
				break;
			}
			highest = rate;
		}
		report.finding(highest == 0
				? "No rate from %d/s up was held for %d s.".formatted(from, hold.toSeconds())
				: ("Highest rate held for %d s: %d submissions/s (the next step, half again as fast, was not: "
						+ "fewer than 99 %% 201, under 95 %% of the rate achieved, a webhook missing, or p99 over %d s).")
					.formatted(hold.toSeconds(), highest, HELD_P99_SECONDS));
	}

	/** The highest rate the search tries. */
	private static final int MAX_RATE = 400;

	/** A held rate's 201 → webhook p99 stays under this: above it, deliveries are falling behind. */
	private static final int HELD_P99_SECONDS = 5;

	/**
	 * A rate is held when at least 99 % of submissions answer 201, 201s arrive at 95 % of the rate or
	 * more, every webhook arrives (within 30 s of the load's end), and 201 → webhook p99 stays under
	 * {@value #HELD_P99_SECONDS} s, so the backlog does not grow.
	 */
	static boolean held(LatencyReport.Row row, int rate) {
		long created = row.statuses().getOrDefault(201, 0L);
		return created >= 0.99 * row.requests() && row.achievedPerSecond() >= 0.95 * rate && row.missing() == 0
				&& row.p99() < HELD_P99_SECONDS * 1000.0;
	}

	private LatencyReport.Row measure(int rate, Duration duration) {
		this.created.clear();
		this.delivered.clear();
		this.latencies = new ConcurrentHistogram(3);
		Map<Integer, Long> statuses = load(rate, duration);
		Instant deadline = Instant.now().plusSeconds(30);
		while (!this.delivered.keySet().containsAll(this.created.keySet()) && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		long missing = this.created.keySet().stream().filter(id -> !this.delivered.containsKey(id)).count();
		long total = statuses.values().stream().mapToLong(Long::longValue).sum();
		return LatencyReport.Row.of("201→webhook", rate, total, statuses.getOrDefault(201, 0L) / (double) duration.toSeconds(),
				statuses, missing, this.latencies);
	}

	/** The same submissions, from their 201 to the awards read model counting them (awards consumes the same event). */
	private LatencyReport.Row readModelRow(int rate, Duration duration, ReadModelWatch awards) {
		Instant deadline = Instant.now().plusSeconds(30);
		while (awards.taken() < this.created.size() && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		Histogram micros = awards.latencies(List.copyOf(this.created.values()));
		return LatencyReport.Row.of("201→awards read model", rate, this.created.size(),
				this.created.size() / (double) duration.toSeconds(), Map.of(201, (long) this.created.size()),
				this.created.size() - micros.getTotalCount(), micros);
	}

	private Map<Integer, Long> load(int rate, Duration duration) {
		Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();
		OpenLoad.run(rate, duration, i -> submit(i).thenAccept(status ->
				counts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet()));
		Map<Integer, Long> statuses = new TreeMap<>();
		counts.forEach((status, count) -> statuses.put(status, count.get()));
		return statuses;
	}

	private CompletableFuture<Integer> submit(int number) {
		String body = """
				{"kind":"IDEA","title":"Đo hiệu năng số %d","summary":"%s","year":2026,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
			.formatted(number, "Sáng kiến dùng để đo độ trễ. ".repeat(60), this.unitId, this.unitId);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.gateway + "/api/initiatives/initiatives"))
			.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + this.member)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			if (error != null) {
				return 0;
			}
			if (response.statusCode() == 201) {
				Matcher id = DrillSubmissions.ID.matcher(response.body());
				if (id.find()) {
					pair(id.group(1), System.nanoTime(), this.created, this.delivered, true);
				}
			}
			return response.statusCode();
		});
	}

	private void arrived(String body, long now) {
		Matcher id = DrillSubmissions.INITIATIVE_ID.matcher(body);
		if (id.find()) {
			pair(id.group(1), now, this.delivered, this.created, false);
		}
	}

	/** Records one side of a submission; once both sides are in, records the latency. */
	private void pair(String id, long now, Map<String, Long> mine, Map<String, Long> other, boolean isCreated) {
		if (mine.putIfAbsent(id, now) != null) {
			return;
		}
		Long counterpart = other.get(id);
		if (counterpart != null) {
			long micros = Math.max(0, ((isCreated ? counterpart : now) - (isCreated ? now : counterpart)) / 1000);
			this.latencies.recordValue(micros);
		}
	}

	private void awaitUnitKnown() {
		for (int i = 0; i < 240; i++) {
			if (submit(-1).join() == 201) {
				return;
			}
			sleep(250);
		}
		throw new IllegalStateException("initiatives never learned the bench's unit");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
