package vn.coop.sangtao.bench;

import org.HdrHistogram.Histogram;
import vn.coop.sangtao.local.WebhookReceiver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of a fault drill: initiative submissions (about 2 KB) through the gateway at a constant
 * rate, each answer kept with when it was sent, and what the drill's webhook receivers got of them.
 * Times are seconds since the drill began.
 */
final class DrillSubmissions {

	/** One submission: when it left, how long its answer took, the status (0: no answer), and the id of a 201. */
	record Sent(double at, double tookSeconds, int status, boolean problem, String initiativeId) {
	}

	/** What a receiver got of the submissions answered 201. */
	record Delivered(long acknowledged, long lost, long deliveries, long distinctWebhookIds, long duplicates,
			Histogram latencyMicros, Map<String, Double> firstArrival) {

		double lastArrivalOf(Predicate<String> ids) {
			return firstArrival.entrySet().stream().filter(e -> ids.test(e.getKey())).mapToDouble(Map.Entry::getValue)
				.max().orElse(Double.NaN);
		}
	}

	/** The id in a 201's body; the initiative's id in a webhook's. Shared with the webhook-latency bench. */
	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern INITIATIVE_ID = Pattern.compile("\"initiativeId\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	private final String token;

	private final String unitId;

	private final long origin = System.nanoTime();

	/** The same moment on the wall clock, which the receiver stamps deliveries with. */
	private final long originEpochMillis = System.currentTimeMillis();

	private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

	DrillSubmissions(String gateway, String token, String unitId) {
		this.gateway = gateway;
		this.token = token;
		this.unitId = unitId;
	}

	/** Seconds since the drill began. */
	double now() {
		return (System.nanoTime() - origin) / 1e9;
	}

	/** Submits at {@code rate} a second for {@code duration} on a thread of its own; completes when every answer is in. */
	CompletableFuture<Void> start(int rate, Duration duration) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		new Thread(() -> {
			OpenLoad.run(rate, duration, this::submit);
			done.complete(null);
		}, "drill-load").start();
		return done;
	}

	/** Submits one initiative and waits for the answer. */
	Sent submitOne() {
		return submit((int) (now() * 1000)).join();
	}

	private CompletableFuture<Sent> submit(int number) {
		String body = """
				{"kind":"IDEA","title":"Diễn tập sự cố số %d","summary":"%s","year":2026,"applyingUnitId":"%s",
				 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
			.formatted(number, "Sáng kiến dùng cho diễn tập sự cố. ".repeat(55), unitId, unitId);
		HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/initiatives/initiatives"))
			.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		double at = now();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			double took = now() - at;
			Sent outcome;
			if (error != null) {
				outcome = new Sent(at, took, 0, false, null);
			}
			else {
				Matcher id = ID.matcher(response.body());
				boolean created = response.statusCode() == 201 && id.find();
				outcome = new Sent(at, took, response.statusCode(),
						response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
						created ? id.group(1) : null);
			}
			sent.add(outcome);
			return outcome;
		});
	}

	List<Sent> sent() {
		synchronized (sent) {
			return List.copyOf(sent);
		}
	}

	/** The submissions sent between two moments, by status. */
	Map<Integer, Long> statuses(double from, double to) {
		return sent().stream().filter(s -> s.at() >= from && s.at() < to)
			.collect(Collectors.groupingBy(Sent::status, TreeMap::new, Collectors.counting()));
	}

	/** The ids of the initiatives acknowledged with 201 by submissions sent before {@code before}. */
	Set<String> acknowledged(double before) {
		return sent().stream().filter(s -> s.initiativeId() != null && s.at() < before).map(Sent::initiativeId)
			.collect(Collectors.toSet());
	}

	/**
	 * Waits until {@code receiver} has every acknowledged submission's event, or {@code patience} has
	 * passed since its last new one, or five minutes in all (a trickle of retries), then counts.
	 */
	Delivered awaitDelivered(WebhookReceiver receiver, Duration patience) {
		Set<String> acknowledged = acknowledged(Double.MAX_VALUE);
		long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		long lastGrowth = System.nanoTime();
		int lastSeen = -1;
		while (true) {
			Delivered counted = count(receiver, acknowledged);
			if (counted.lost() == 0) {
				return counted;
			}
			int seen = receiver.received().size();
			if (seen != lastSeen) {
				lastSeen = seen;
				lastGrowth = System.nanoTime();
			}
			else if (System.nanoTime() - lastGrowth > patience.toNanos() || System.nanoTime() > giveUp) {
				return counted;
			}
			sleep(500);
		}
	}

	private Delivered count(WebhookReceiver receiver, Set<String> acknowledged) {
		Map<String, Double> firstArrival = new HashMap<>();
		Map<String, String> webhookIdOf = new HashMap<>();
		long deliveries = 0;
		for (WebhookReceiver.Delivery delivery : receiver.received()) {
			Matcher initiative = INITIATIVE_ID.matcher(delivery.body());
			if (!initiative.find() || !acknowledged.contains(initiative.group(1))) {
				continue;
			}
			deliveries++;
			double arrived = (delivery.receivedAt().toEpochMilli() - originEpochMillis) / 1000.0;
			firstArrival.merge(initiative.group(1), arrived, Math::min);
			webhookIdOf.putIfAbsent(delivery.id(), initiative.group(1));
		}
		Histogram latency = new Histogram(3);
		Map<String, Double> sentAt = new HashMap<>();
		sent().stream().filter(s -> s.initiativeId() != null).forEach(s -> sentAt.put(s.initiativeId(), s.at() + s.tookSeconds()));
		firstArrival.forEach((id, arrived) -> latency.recordValue(Math.max(0, (long) ((arrived - sentAt.get(id)) * 1e6))));
		long lost = acknowledged.stream().filter(id -> !firstArrival.containsKey(id)).count();
		return new Delivered(acknowledged.size(), lost, deliveries, webhookIdOf.size(), deliveries - webhookIdOf.size(),
				latency, firstArrival);
	}

	/** 201 → first arrival at the receiver of the submissions sent in [{@code from}, {@code to}) seconds. */
	Histogram latencyOfSentBetween(Delivered delivered, double from, double to) {
		Histogram latency = new Histogram(3);
		sent().stream()
			.filter(s -> s.initiativeId() != null && s.at() >= from && s.at() < to)
			.forEach(s -> {
				Double arrived = delivered.firstArrival().get(s.initiativeId());
				if (arrived != null) {
					latency.recordValue(Math.max(0, (long) ((arrived - s.at() - s.tookSeconds()) * 1e6)));
				}
			});
		return latency;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
