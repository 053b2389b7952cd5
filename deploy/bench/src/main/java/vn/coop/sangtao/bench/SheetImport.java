package vn.coop.sangtao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads a unit sheet to the import endpoint through the gateway, as a browser form does, and
 * times it until the units are there. The gateway gives up on a call after its timeout (10 s by
 * default) while membership goes on importing; the wall time is then the time until every new
 * unit's event is published, and the answer's status is kept to say so.
 */
final class SheetImport {

	/**
	 * One timed import: {@code seconds} until the answer (or, when the gateway gave up, until the list
	 * held the new units), {@code absorbedSeconds} until every consumer had read the units' events (NaN
	 * when not measured). {@code unchanged} and {@code failed} are -1 when the gateway answered no report.
	 */
	record Result(int batch, long unitsBefore, int rows, int status, double seconds, int created, int unchanged,
			int failed, double absorbedSeconds) {

		double rowsPerSecond() {
			return this.rows / this.seconds;
		}

		Result absorbedAfter(double seconds) {
			return new Result(this.batch, this.unitsBefore, this.rows, this.status, this.seconds, this.created,
					this.unchanged, this.failed, seconds);
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofMinutes(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	private final Supplier<String> token;

	SheetImport(String gateway, Supplier<String> token) {
		this.gateway = gateway;
		this.token = token;
	}

	/**
	 * Imports one sheet. When the gateway's timeout answers first, the import is over once the
	 * event of its last unit is published: membership's outbox sends each one as the unit is stored,
	 * and watching the topic costs the store nothing, where counting units would scan them.
	 */
	Result run(int batch, byte[] sheet, int rows, EventBacklog events) throws Exception {
		long before = unitCount();
		long published = events.published();
		long start = System.nanoTime();
		HttpResponse<String> answer = this.http.send(upload(sheet), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() == 200) {
			JsonNode report = JSON.readTree(answer.body());
			return new Result(batch, before, rows, 200, seconds(start), report.get("created").asInt(),
					report.get("unchanged").asInt(), report.get("failed").asInt(), Double.NaN);
		}
		System.out.println("  import answered " + answer.statusCode() + ": waiting for its units' events");
		events.awaitPublished(published + rows, PATIENCE);
		double seconds = seconds(start);
		return new Result(batch, before, rows, answer.statusCode(), seconds, (int) (unitCount() - before), -1, -1,
				Double.NaN);
	}

	/**
	 * The number of units the caller's tenant holds, as the list reports it. Counting scans the
	 * collection in the embedded store, which under load can outlast the gateway's timeout: a few
	 * tries before giving up.
	 */
	long unitCount() throws IOException, InterruptedException {
		HttpResponse<String> answer = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.gateway + "/api/membership/units?size=1"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.token.get())
				.GET()
				.build();
			answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200) {
				return JSON.readTree(answer.body()).get("total").asLong();
			}
			Thread.sleep(5_000L * attempt);
		}
		throw new IllegalStateException("unit list answered " + answer.statusCode() + ": " + answer.body());
	}

	private HttpRequest upload(byte[] sheet) {
		String boundary = "bench-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"don-vi.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(sheet);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.gateway + "/api/membership/units/import"))
			.timeout(PATIENCE)
			.header("Authorization", "Bearer " + this.token.get())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
