package vn.coop.sangtao.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One tenant sends five times its rate limit while another reads at a modest rate: the noisy one must
 * get 429s, and the quiet one's p99 must stay within 20 % of its p99 when it runs alone. Both read the
 * same list of member units, the quiet tenant's through the gateway like any user.
 */
final class NoisyTenant {

	private static final String READ = "/api/membership/units?size=20";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	private final int limit;

	NoisyTenant(String gateway, int limit) {
		this.gateway = gateway;
		this.limit = limit;
	}

	DrillReport.Drill run(String quietToken, String noisyToken, int quietRate, Duration measure) {
		measureQuiet(quietToken, quietRate, Duration.ofSeconds(5));
		Histogram alone = measureQuiet(quietToken, quietRate, measure).latency();

		Map<Integer, AtomicLong> noisyStatuses = new ConcurrentHashMap<>();
		CompletableFuture<Void> noise = new CompletableFuture<>();
		new Thread(() -> {
			OpenLoad.run(5 * limit, measure.plusSeconds(5), i -> read(noisyToken)
				.thenAccept(status -> noisyStatuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet()));
			noise.complete(null);
		}, "noisy-tenant").start();
		DrillSubmissions.sleep(5_000);
		Quiet together = measureQuiet(quietToken, quietRate, measure);
		noise.join();

		double p99Alone = alone.getValueAtPercentile(99) / 1000.0;
		double p99Together = together.latency().getValueAtPercentile(99) / 1000.0;
		double ratio = p99Together / p99Alone;
		Map<Integer, Long> noisy = new TreeMap<>();
		noisyStatuses.forEach((status, count) -> noisy.put(status, count.get()));

		DrillReport.Drill result = new DrillReport.Drill("Noisy tenant (%d/s against a limit of %d/s)".formatted(5 * limit, limit));
		result.figure("noisy tenant (ninh-binh): answers by status", noisy);
		result.figure("quiet tenant (quang-tri): answers by status, beside the noise", together.statuses());
		result.figure("quiet tenant at %d/s: p50 / p99 alone (ms)".formatted(quietRate),
				"%.1f / %.1f".formatted(alone.getValueAtPercentile(50) / 1000.0, p99Alone));
		result.figure("quiet tenant at %d/s: p50 / p99 beside the noise (ms)".formatted(quietRate), "%.1f / %.1f"
			.formatted(together.latency().getValueAtPercentile(50) / 1000.0, p99Together));
		result.figure("quiet p99 beside the noise / alone", "%.2f".formatted(ratio));
		result.verdict(noisy.getOrDefault(429, 0L) > 0 && !together.statuses().containsKey(429) && ratio <= 1.2,
				"the noisy tenant got 429s (%d), the quiet one none, and its p99 stayed within 20 %% of its p99 alone (%.2f×)"
					.formatted(noisy.getOrDefault(429, 0L), ratio));
		return result;
	}

	private record Quiet(Histogram latency, Map<Integer, Long> statuses) {
	}

	private Quiet measureQuiet(String token, int rate, Duration duration) {
		Histogram latency = new ConcurrentHistogram(3);
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		OpenLoad.run(rate, duration, i -> {
			long start = System.nanoTime();
			return read(token).thenAccept(status -> {
				latency.recordValue((System.nanoTime() - start) / 1000);
				statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
			});
		});
		Map<Integer, Long> counted = new TreeMap<>();
		statuses.forEach((status, count) -> counted.put(status, count.get()));
		return new Quiet(latency, counted);
	}

	/** The status of one read; 0 when no answer came. */
	private CompletableFuture<Integer> read(String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + READ)).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).GET().build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.handle((answer, error) -> error != null ? 0 : answer.statusCode());
	}

}
