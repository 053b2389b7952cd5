package vn.coop.sangtao.bench;

import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TokenClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Initiatives under load: submissions through the gateway and straight to the service in the same
 * run, interleaved (latency at a fixed rate, throughput at saturation, each as a gateway/direct
 * ratio); then search, listing and duplicate detection over a tenant grown to {@code --small} and to
 * {@code --large} initiatives, whose cost ratio shows how each grows with the data. The bench seeds
 * the initiatives itself, straight to the service so that the gateway's rate limit does not pace it.
 *
 * <pre>
 * deploy/bench/initiatives [--gateway http://localhost:8080] [--direct http://localhost:8083]
 *                          [--identity http://localhost:9000] [--small 10000] [--large 100000]
 *                          [--submit-rate 10] [--read-rate 4] [--seconds 30] [--warmup 5]
 *                          [--saturation-seconds 10] [--concurrency 16] [--parallel 6] [--kafka localhost:9092]
 *                          [--long] [--data-dir deploy/local/.data]
 * </pre>
 *
 * It works as {@code nb.member} (submissions) and {@code nb.officer} (reads) in the ninh-binh tenant,
 * with that tenant's member units as applicants; run it on a data directory of its own, and name that
 * directory with {@code --data-dir} so that the report shows the CPU each of the suite's processes used.
 */
public final class InitiativesBench {

	private static final int YEAR = 2026;

	private static final String INITIATIVE_EVENTS = "initiatives.initiative.events";

	/** How many of the tenant's units apply for the initiatives, in turn. */
	private static final int MAX_UNITS = 5_000;

	private InitiativesBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = new BenchOptions(args);
		boolean longRun = options.has("long");
		String gateway = options.text("gateway", "http://localhost:8080");
		SubmissionLoad.Target viaGateway = new SubmissionLoad.Target("gateway", gateway);
		SubmissionLoad.Target direct = new SubmissionLoad.Target("direct", options.text("direct", "http://localhost:8083"));
		TokenClient tokens = new TokenClient(options.text("identity", "http://localhost:9000"));
		Supplier<String> member = new RenewingToken(tokens, "nb.member", "sangtao-demo");
		Supplier<String> officer = new RenewingToken(tokens, "nb.officer", "sangtao-demo");
		int small = options.number("small", 10_000);
		int large = options.number("large", 100_000);
		// the same size twice measures once: a tenant as it stands, without growing it
		int[] sizes = small == large ? new int[] { small } : new int[] { small, large };
		int submitRate = options.number("submit-rate", 10);
		int readRate = options.number("read-rate", 4);
		Duration measure = options.seconds("seconds", longRun ? 120 : 30);
		Duration warmup = options.seconds("warmup", 5);
		Duration saturation = options.seconds("saturation-seconds", longRun ? 30 : 10);
		int concurrency = options.number("concurrency", 16);
		int parallel = options.number("parallel", 6);
		ProcessCpu cpu = ProcessCpu.ofSuite(Path.of(options.text("data-dir", ProcessCpu.DEFAULT_DATA_DIR)));
		Map<String, CpuUsage> cpuByPhase = new LinkedHashMap<>();

		EventBacklog backlog = new EventBacklog(options.text("kafka", "localhost:9092"), INITIATIVE_EVENTS);
		SangtaoApi api = new SangtaoApi(gateway);
		Map<String, String> areaByUnit = units(api, officer.get());
		List<String> unitIds = new ArrayList<>(areaByUnit.keySet());
		List<String> areas = new ArrayList<>(new TreeSet<>(areaByUnit.values()));
		Context context = new Context(areas, Instant.now().getEpochSecond() * 1_000_000L);
		SubmissionLoad submissions = new SubmissionLoad(member, unitIds, YEAR, context.firstNumber());
		ReadLoad reads = new ReadLoad(gateway, officer);

		List<LatencyReport.Row> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<String, Double> saturated = new LinkedHashMap<>();
		long held = total(api, officer.get(), "");
		notes.add("The ninh-binh tenant held %,d initiatives and %,d member units in %d areas at the start."
			.formatted(held, unitIds.size(), areas.size()));
		List<String> labels = new ArrayList<>();
		for (int size : sizes) {
			if (size > held) {
				SubmissionLoad.Tally seeding = SubmissionLoad.Tally.empty();
				long started = System.nanoTime();
				long created = submissions.seed(direct, size - held, parallel, seeding);
				double seconds = (System.nanoTime() - started) / 1e9;
				notes.add("Seeded %,d → %,d initiatives straight to the service, %d in flight: %.0f s, %.1f/s, answers %s."
					.formatted(held, held + created, parallel, seconds, created / seconds, seeding.counts()));
				System.out.println(notes.get(notes.size() - 1));
			}
			held = awaitSearchable(api, officer.get(), held, size);
			// a tenant that already held more than asked is measured as it is, and labelled so
			String label = "%,d".formatted(held);
			labels.add(label);
			notes.add(settled(backlog, label));
			for (boolean measured : new boolean[] { false, true }) {
				Map<SubmissionLoad.Target, SubmissionLoad.Tally> tallies = new LinkedHashMap<>();
				Duration length = measured ? measure : warmup;
				ProcessCpu.Phase phase = cpu.start();
				submissions.atRate(submitRate, length, i -> i % 2 == 0 ? viaGateway : direct, tallies);
				if (measured) {
					cpuByPhase.put("submissions at %d/s, %s".formatted(submitRate, label), phase.stop());
					for (var entry : tallies.entrySet()) {
						SubmissionLoad.Tally tally = entry.getValue();
						rows.add(LatencyReport.Row.of("submit via " + entry.getKey().name() + ", " + label, submitRate / 2,
								tally.requests(), tally.created() / (double) length.toSeconds(), tally.counts(), 0,
								tally.micros()));
					}
				}
			}
			ProcessCpu.Phase saturating = cpu.start();
			for (int window = 0; window < 2; window++) {
				for (SubmissionLoad.Target target : List.of(viaGateway, direct)) {
					SubmissionLoad.Tally tally = SubmissionLoad.Tally.empty();
					double perSecond = submissions.saturate(target, concurrency, saturation, tally);
					saturated.merge(target.name() + ", " + label, perSecond / 2, Double::sum);
					System.out.printf("saturation %s %s window %d: %.1f/s %s%n", target.name(), label, window, perSecond,
							tally.counts());
				}
			}
			cpuByPhase.put("saturation, " + label, saturating.stop());
			held = awaitSearchable(api, officer.get(), held, 0);
			notes.add(settled(backlog, label + ", after the submissions"));
			CpuUsage reading = null;
			for (ReadKind kind : ReadKind.values()) {
				reads.run(kind.label, readRate, warmup, i -> kind.path(i, context));
				ProcessCpu.Phase phase = cpu.start();
				LatencyReport.Row row = reads.run(kind.label + ", " + label, readRate, measure, i -> kind.path(i, context));
				reading = reading == null ? phase.stop() : reading.plus(phase.stop());
				System.out.printf("%s p50 %.1f p99 %.1f ms %s%n", row.name(), row.p50(), row.p99(), row.statuses());
				rows.add(row);
			}
			cpuByPhase.put("reads at %d/s, %s (their measured windows added up)".formatted(readRate, label), reading);
		}
		backlog.close();
		InitiativesReport report = new InitiativesReport(gateway, direct.baseUrl(), labels, submitRate, readRate,
				concurrency, measure, warmup, saturation, notes, saturated, rows, cpuByPhase);
		System.out.println("report: " + report.write(Path.of("deploy/bench/results")));
	}

	/** What the reads choose their parameters from: the tenant's areas and the first number this run submitted. */
	record Context(List<String> areas, long firstNumber) {
	}

	/** The reads measured at each size, each on its own at the read rate. */
	enum ReadKind {
		TEXT("search a common phrase without accents") {
			String path(int i, Context context) {
				String work = InitiativeTexts.WORKS[i % InitiativeTexts.WORKS.length];
				return "/api/initiatives/initiatives?q=" + encode(fold(work));
			}
		},
		RARE_TEXT("search a title's number (one hit)") {
			String path(int i, Context context) {
				return "/api/initiatives/initiatives?q=" + encode("so " + (context.firstNumber() + 37L * i));
			}
		},
		FILTERS("filter by year, kind, field and status") {
			String path(int i, Context context) {
				return "/api/initiatives/initiatives?year=" + YEAR + "&kind=" + InitiativeTexts.KINDS[i % 4] + "&field="
						+ encode(InitiativeTexts.FIELDS[i % InitiativeTexts.FIELDS.length]) + "&status=SUBMITTED";
			}
		},
		AREA("filter by area") {
			String path(int i, Context context) {
				return "/api/initiatives/initiatives?areaId=" + encode(context.areas().get(i % context.areas().size()));
			}
		},
		SORTED_PAGE("list sorted by title, page 50") {
			String path(int i, Context context) {
				return "/api/initiatives/initiatives?sort=title&direction=ASC&size=20&page=" + (50 + i % 10);
			}
		},
		SIMILAR("duplicate detection for a new title and text") {
			String path(int i, Context context) {
				long number = 9_000_000_000L + i;
				return "/api/initiatives/similar?limit=10&title=" + encode(InitiativeTexts.title(number)) + "&text="
						+ encode("Hợp tác xã đã áp dụng giải pháp trong hai vụ liên tiếp và giảm chi phí sản xuất.");
			}
		};

		final String label;

		ReadKind(String label) {
			this.label = label;
		}

		abstract String path(int i, Context context);
	}

	/**
	 * Waits up to 20 minutes until every consumer group has read the initiatives' events (awards,
	 * integrations), so that the measurements that follow do not compete with the seeding's tail.
	 */
	private static String settled(EventBacklog backlog, String label) throws Exception {
		long started = System.nanoTime();
		boolean settled = backlog.awaitSettled(0, Duration.ofMinutes(20));
		return "At %s: every consumer had read the initiatives' events %s %.0f s."
			.formatted(label, settled ? "after" : "NOT within", (System.nanoTime() - started) / 1e9);
	}

	/** Waits until a search counts {@code atLeast} initiatives (the index has them), up to 10 minutes. */
	private static long awaitSearchable(SangtaoApi api, String token, long held, int atLeast) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		long total = total(api, token, "");
		while (total < atLeast && Instant.now().isBefore(deadline)) {
			Thread.sleep(2_000);
			total = total(api, token, "");
		}
		return Math.max(total, held);
	}

	private static long total(SangtaoApi api, String token, String query) {
		return patiently(api, "/api/initiatives/initiatives?size=1" + query, token).get("total").asLong();
	}

	/** A GET answered 200, asked up to five times a few seconds apart (a busy suite may answer 503 for a moment). */
	private static JsonNode patiently(SangtaoApi api, String path, String token) {
		SangtaoApi.Response answer = api.get(path, token);
		for (int attempt = 1; answer.status() != 200 && attempt < 5; attempt++) {
			try {
				Thread.sleep(3_000L * attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			answer = api.get(path, token);
		}
		if (answer.status() != 200) {
			throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
		}
		return answer.json();
	}

	/** The tenant's member units (the first {@value #MAX_UNITS} by name) and their areas; units without an area are left out. */
	private static Map<String, String> units(SangtaoApi api, String token) {
		Map<String, String> areaByUnit = new LinkedHashMap<>();
		for (int page = 0; ; page++) {
			JsonNode items = patiently(api, "/api/membership/units?status=ACTIVE&size=200&page=" + page, token).get("items");
			items.forEach(unit -> areaByUnit.put(unit.get("id").asString(),
					unit.hasNonNull("areaId") ? unit.get("areaId").asString() : ""));
			if (items.size() < 200 || areaByUnit.size() >= MAX_UNITS) {
				break;
			}
		}
		areaByUnit.values().removeIf(String::isEmpty);
		return areaByUnit;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
