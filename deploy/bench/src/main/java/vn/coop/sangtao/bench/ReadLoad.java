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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * GETs one kind of page through the gateway at a constant arrival rate ({@link OpenLoad}) and
 * measures each from its start to its whole answer. Only answers 200 are measured; the others count
 * by status (0: no answer).
 */
final class ReadLoad {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String gateway;

	private final Supplier<String> token;

	ReadLoad(String gateway, Supplier<String> token) {
		this.gateway = gateway;
		this.token = token;
	}

	/** Request {@code i} reads {@code pathOf.apply(i)}. */
	LatencyReport.Row run(String label, int rate, Duration duration, IntFunction<String> pathOf) {
		Histogram micros = new ConcurrentHistogram(3);
		Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();
		String bearer = "Bearer " + this.token.get();
		OpenLoad.run(rate, duration, i -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.gateway + pathOf.apply(i)))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", bearer)
				.GET()
				.build();
			long start = System.nanoTime();
			return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
				int status = error != null ? 0 : response.statusCode();
				counts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
				if (status == 200) {
					micros.recordValue((System.nanoTime() - start) / 1000);
				}
				return status;
			});
		});
		Map<Integer, Long> statuses = new TreeMap<>();
		counts.forEach((status, count) -> statuses.put(status, count.get()));
		long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
		return LatencyReport.Row.of(label, rate, requests, statuses.getOrDefault(200, 0L) / (double) duration.toSeconds(),
				statuses, 0, micros);
	}
}
