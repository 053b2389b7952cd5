package vn.coop.sangtao.bench;

import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TokenClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Eligibility of a round of 1,000 candidates with five years of history. The bench builds the round
 * through the gateway (new member units, an open hold on a few, five years of earlier awards each,
 * a year-end round opened by hand, a proposal drafted per candidate), then asks awards for every
 * proposal's verdict ({@code GET /api/awards/proposals/{id}/eligibility}, read-only: the rules
 * evaluated against the facts awards holds today, rule by rule): the whole round one at a time and
 * {@code --parallel} at a time (wall time, evaluations a second), then at fixed arrival rates.
 *
 * <pre>
 * deploy/bench/eligibility [--gateway http://localhost:8080] [--identity http://localhost:9000]
 *                          [--kafka localhost:9092] [--admin qt.admin] [--officer qt.officer] [--password sangtao-demo]
 *                          [--candidates 1000] [--year 2026] [--parallel 4] [--rates 2,5] [--seconds 30]
 *                          [--warmup 5] [--absorb-minutes 20]
 * deploy/bench/eligibility --round ID [--parallel 4] [--rates 2,5] [--seconds 30] [--warmup 5]   (an earlier run's round again)
 * </pre>
 *
 * The local run has demo users only: the bench works as {@code qt.admin} and {@code qt.officer} in the
 * quang-tri tenant, which holds little demo data; run it on a data directory of its own.
 */
public final class EligibilityBench {

	/** The round evaluated: its proposals, the verdict expected of each (empty when unknown), and the held candidates' proposals. */
	private record Round(String id, List<String> proposals, List<Boolean> expected, List<String> held) {
	}

	private EligibilityBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = new BenchOptions(args);
		String gateway = options.text("gateway", "http://localhost:8080");
		TokenClient tokens = new TokenClient(options.text("identity", "http://localhost:9000"));
		String password = options.text("password", "sangtao-demo");
		Supplier<String> admin = new RenewingToken(tokens, options.text("admin", "qt.admin"), password);
		Supplier<String> officer = new RenewingToken(tokens, options.text("officer", "qt.officer"), password);
		int parallel = options.number("parallel", 4);
		Duration absorb = Duration.ofMinutes(options.number("absorb-minutes", 20));
		EligibilityReport report = new EligibilityReport(gateway, options);
		SangtaoApi api = new SangtaoApi(gateway);
		report.note(EligibilityReport.tenantTotals(api, officer, "at the start"));
		Round round = options.has("round") ? existing(api, officer, options.text("round", ""))
				: build(api, gateway, admin, officer, options, report);
		awaitHolds(api, officer, round.held(), absorb, report);
		for (int inFlight : new TreeSet<>(List.of(1, parallel))) {
			Sweep.Result sweep = Sweep.run("evaluate the round, %d at a time".formatted(inFlight), inFlight,
					round.proposals().stream().<Supplier<SangtaoApi.Response>>map(p -> () -> api.get(verdict(p),
							officer.get())).toList());
			report.evaluated(sweep, Verdicts.of(sweep.answers(), round.expected()));
		}
		ReadLoad reads = new ReadLoad(gateway, officer);
		List<String> proposals = round.proposals();
		for (int perSecond : rates(options.text("rates", "2,5"))) {
			String label = "one verdict at %d/s".formatted(perSecond);
			reads.run(label, perSecond, options.seconds("warmup", 5), i -> verdict(proposals.get(i % proposals.size())));
			report.add(reads.run(label, perSecond, options.seconds("seconds", 30),
					i -> verdict(proposals.get(i % proposals.size()))));
		}
		report.note(EligibilityReport.tenantTotals(api, officer, "at the end"));
		System.out.println("report: " + report.write(Path.of("deploy/bench/results"), round.id()));
	}

	private static String verdict(String proposal) {
		return "/api/awards/proposals/" + proposal + "/eligibility";
	}

	/** Builds a new round of {@code --candidates} with five years of history each. */
	private static Round build(SangtaoApi api, String gateway, Supplier<String> admin, Supplier<String> officer,
			BenchOptions options, EligibilityReport report) throws Exception {
		int count = options.number("candidates", 1000);
		int parallel = options.number("parallel", 4);
		int year = options.number("year", Year.now().getValue());
		CandidateUnits units = new CandidateUnits(gateway, admin, report.setup());
		List<String> ids = units.importUnits(count, options.text("kafka", "localhost:9092"),
				Duration.ofMinutes(options.number("absorb-minutes", 20)));
		List<RoundCandidate> candidates = IntStream.range(0, count).mapToObj(i -> new RoundCandidate(i, ids.get(i)))
			.toList();
		units.openHolds(candidates);
		report.setup().add("%,d of the %,d candidates should be eligible, by the mix RoundCandidate describes"
			.formatted(candidates.stream().filter(RoundCandidate::eligible).count(), count));
		RoundSetup setup = new RoundSetup(api, admin, officer, year, report.setup());
		setup.addFiveYearAward();
		report.seeded(succeeded(setup.recordHistory(candidates, parallel), 201), "earlier awards recorded");
		String round = setup.openRound(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		Sweep.Result drafts = succeeded(setup.draft(candidates, round, parallel), 201);
		report.seeded(drafts, "proposals drafted");
		List<String> proposals = drafts.answers().stream().map(a -> a.json().get("id").asString()).toList();
		List<String> held = candidates.stream().filter(RoundCandidate::held).map(c -> proposals.get(c.index())).toList();
		return new Round(round, proposals, candidates.stream().map(RoundCandidate::eligible).toList(), held);
	}

	/** The proposals of an earlier run's round, as they stand. */
	private static Round existing(SangtaoApi api, Supplier<String> officer, String round) {
		List<String> proposals = new ArrayList<>();
		for (int page = 0;; page++) {
			SangtaoApi.Response found = api.get("/api/awards/proposals?roundId=%s&size=100&page=%d".formatted(round, page),
					officer.get());
			GatewayCalls.id(200, found);
			found.json().get("items").forEach(p -> proposals.add(p.get("id").asString()));
			if (found.json().get("items").size() < 100) {
				return new Round(round, proposals, List.of(), List.of());
			}
		}
	}

	/** Waits until awards has read every hold from membership: each held candidate's verdict names its hold. */
	private static void awaitHolds(SangtaoApi api, Supplier<String> officer, List<String> held, Duration patience,
			EligibilityReport report) {
		long start = System.nanoTime();
		List<String> waiting = new ArrayList<>(held);
		while (!waiting.isEmpty() && System.nanoTime() - start < patience.toNanos()) {
			waiting.removeIf(p -> {
				SangtaoApi.Response verdict = api.get(verdict(p), officer.get());
				return verdict.status() == 200 && !verdict.json().get("rules").get(0).get("passed").asBoolean();
			});
			GatewayCalls.pause(waiting.isEmpty() ? 0 : 1_000);
		}
		if (!held.isEmpty()) {
			report.setup().add("%d of %d holds known to awards %.0f s after the drafts".formatted(held.size() - waiting.size(),
					held.size(), SheetImport.seconds(start)));
		}
	}

	/** The sweep, once every answer had {@code status}; else the first other answer, as a failure. */
	private static Sweep.Result succeeded(Sweep.Result sweep, int status) {
		sweep.answers().stream().filter(a -> a.status() != status).findFirst().ifPresent(a -> {
			throw new IllegalStateException(sweep.row().name() + " answered " + a.status() + ": " + a.body());
		});
		return sweep;
	}

	static List<Integer> rates(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

}
