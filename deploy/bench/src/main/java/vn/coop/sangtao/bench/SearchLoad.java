package vn.coop.sangtao.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Runs the {@link SearchMix} through the gateway at a constant arrival rate ({@link OpenLoad}) and
 * measures each search from its start to its whole answer, overall and by kind of search. Only
 * answers 200 are measured; the others count as errors by status (0: no answer).
 */
final class SearchLoad {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String gateway;

	private final Supplier<String> token;

	SearchLoad(String gateway, Supplier<String> token) {
		this.gateway = gateway;
		this.token = token;
	}

	/** One row for all searches, then one per kind of search. */
	List<LatencyReport.Row> run(String label, int rate, Duration duration) {
		Histogram all = new ConcurrentHistogram(3);
		Map<String, Histogram> byKind = new LinkedHashMap<>();
		SearchMix.KINDS.forEach(kind -> byKind.put(kind.name(), new ConcurrentHistogram(3)));
		Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();
		String bearer = "Bearer " + this.token.get();
		OpenLoad.run(rate, duration, i -> search(i, bearer).thenAccept(outcome -> {
			counts.computeIfAbsent(outcome.status(), s -> new AtomicLong()).incrementAndGet();
			if (outcome.status() == 200) {
				all.recordValue(outcome.micros());
				byKind.get(SearchMix.kindOf(i).name()).recordValue(outcome.micros());
			}
		}));
		Map<Integer, Long> statuses = new TreeMap<>();
		counts.forEach((status, count) -> statuses.put(status, count.get()));
		long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
		double seconds = duration.toSeconds();
		List<LatencyReport.Row> rows = new ArrayList<>();
		rows.add(LatencyReport.Row.of(label + ", all searches", rate, requests, statuses.getOrDefault(200, 0L) / seconds,
				statuses, 0, all));
		byKind.forEach((kind, histogram) -> rows.add(LatencyReport.Row.of(label + ", " + kind, rate,
				histogram.getTotalCount(), histogram.getTotalCount() / seconds, Map.of(), 0, histogram)));
		return rows;
	}

	private record Outcome(int status, long micros) {
	}

	private CompletableFuture<Outcome> search(int number, String bearer) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.gateway + "/api/membership/units?" + SearchMix.queryOf(number)))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", bearer)
			.GET()
			.build();
		long start = System.nanoTime();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
			.handle((response, error) -> new Outcome(error != null ? 0 : response.statusCode(),
					(System.nanoTime() - start) / 1000));
	}

}
