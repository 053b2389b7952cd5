package vn.coop.sangtao.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Submits generated initiatives (about 2 KB each) to one or more addresses of the initiatives API
 * (through the gateway, or straight to the service) and measures each from its start to its answer.
 * Numbers come from one counter, so no two submissions of a run have the same title.
 */
final class SubmissionLoad {

	/** Where submissions go: a name for the report and the base URL before {@code /api/initiatives}. */
	record Target(String name, String baseUrl) {
	}

	/** What one target answered during a load: statuses (0: no answer) and latencies of the 201s, in µs. */
	record Tally(Map<Integer, AtomicLong> statuses, Histogram micros) {

		static Tally empty() {
			return new Tally(new ConcurrentHashMap<>(), new ConcurrentHistogram(3));
		}

		Map<Integer, Long> counts() {
			Map<Integer, Long> counts = new TreeMap<>();
			this.statuses.forEach((status, count) -> counts.put(status, count.get()));
			return counts;
		}

		long created() {
			AtomicLong created = this.statuses.get(201);
			return created == null ? 0 : created.get();
		}

		long requests() {
			return this.statuses.values().stream().mapToLong(AtomicLong::get).sum();
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Supplier<String> token;

	private final List<String> unitIds;

	private final int year;

	private final AtomicLong numbers;

	SubmissionLoad(Supplier<String> token, List<String> unitIds, int year, long firstNumber) {
		this.token = token;
		this.unitIds = unitIds;
		this.year = year;
		this.numbers = new AtomicLong(firstNumber);
	}

	/** Open model: {@code rate} submissions a second, request {@code i} going to {@code targetOf(i)}. */
	void atRate(int rate, Duration duration, IntFunction<Target> targetOf, Map<Target, Tally> tallies) {
		OpenLoad.run(rate, duration, i -> {
			Target target = targetOf.apply(i);
			return submit(target, tallies.computeIfAbsent(target, t -> Tally.empty()));
		});
	}

	/**
	 * Closed loop at saturation: {@code concurrency} submissions always in flight to {@code target}
	 * for {@code duration}; returns the submissions answered 201 per second.
	 */
	double saturate(Target target, int concurrency, Duration duration, Tally tally) {
		long end = System.nanoTime() + duration.toNanos();
		long before = tally.created();
		long started = System.nanoTime();
		CompletableFuture<?>[] loops = new CompletableFuture<?>[concurrency];
		for (int i = 0; i < concurrency; i++) {
			loops[i] = loop(target, tally, end);
		}
		CompletableFuture.allOf(loops).join();
		return (tally.created() - before) / ((System.nanoTime() - started) / 1e9);
	}

	/** Submits {@code count} initiatives with {@code concurrency} in flight; returns how many were answered 201. */
	long seed(Target target, long count, int concurrency, Tally tally) {
		AtomicInteger left = new AtomicInteger((int) count);
		long before = tally.created();
		CompletableFuture<?>[] loops = new CompletableFuture<?>[concurrency];
		for (int i = 0; i < concurrency; i++) {
			loops[i] = seedLoop(target, tally, left);
		}
		CompletableFuture.allOf(loops).join();
		return tally.created() - before;
	}

	private CompletableFuture<Void> loop(Target target, Tally tally, long end) {
		if (System.nanoTime() >= end) {
			return CompletableFuture.completedFuture(null);
		}
		return submit(target, tally).thenCompose(status -> loop(target, tally, end));
	}

	private CompletableFuture<Void> seedLoop(Target target, Tally tally, AtomicInteger left) {
		if (left.getAndDecrement() <= 0) {
			return CompletableFuture.completedFuture(null);
		}
		return submit(target, tally).thenCompose(status -> seedLoop(target, tally, left));
	}

	private CompletableFuture<Integer> submit(Target target, Tally tally) {
		long number = this.numbers.getAndIncrement();
		String unitId = this.unitIds.get((int) (number % this.unitIds.size()));
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/api/initiatives/initiatives"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token.get())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(InitiativeTexts.json(number, unitId, this.year)))
			.build();
		long start = System.nanoTime();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
			int status = error != null ? 0 : response.statusCode();
			tally.statuses().computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
			if (status == 201) {
				tally.micros().recordValue((System.nanoTime() - start) / 1000);
			}
			return status;
		});
	}

}
