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
 * times it until the units are there. Membership accepts an import with 202 and the job's address,
 * which the bench then reads every second until the job is done and holds its report. Against a
 * membership that answers the report itself (200), or when the gateway gave up first (503), it times
 * until every new unit's event is published instead, and keeps the answer's status to say so.
 */
final class SheetImport {

	/**
	 * One timed import: {@code answerSeconds} until the HTTP answer, {@code seconds} until the report
	 * (or until every new unit's event was published when there was none), {@code absorbedSeconds}
	 * until every consumer had read the units' events (NaN when not measured). {@code unchanged} and
	 * {@code failed} are -1 without a report.
	 */
	record Result(int batch, long unitsBefore, int rows, int status, double answerSeconds, double seconds,
			int created, int unchanged, int failed, double absorbedSeconds) {

		double rowsPerSecond() {
			return this.rows / this.seconds;
		}

		Result absorbedAfter(double seconds) {
			return new Result(this.batch, this.unitsBefore, this.rows, this.status, this.answerSeconds, this.seconds,
					this.created, this.unchanged, this.failed, seconds);
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

	/** Imports one sheet and follows its job, or its events when there is no job. */
	Result run(int batch, byte[] sheet, int rows, EventBacklog events) throws Exception {
		long before = unitCount();
		long published = events.published();
		long start = System.nanoTime();
		HttpResponse<String> answer = this.http.send(upload(sheet), HttpResponse.BodyHandlers.ofString());
		double answered = seconds(start);
		if (answer.statusCode() == 202) {
			String job = answer.headers().firstValue("Location").orElseThrow();
			JsonNode done = awaitJob(job);
			if (!"DONE".equals(done.get("status").asString())) {
				throw new IllegalStateException("import job " + job + " ended " + done);
			}
			return reported(batch, before, rows, 202, answered, seconds(start), done.get("report"));
		}
		if (answer.statusCode() == 200) {
			return reported(batch, before, rows, 200, answered, answered, JSON.readTree(answer.body()));
		}
		System.out.println("  import answered " + answer.statusCode() + ": waiting for its units' events");
		events.awaitPublished(published + rows, PATIENCE);
		double seconds = seconds(start);
		return new Result(batch, before, rows, answer.statusCode(), answered, seconds, (int) (unitCount() - before), -1,
				-1, Double.NaN);
	}

	private static Result reported(int batch, long before, int rows, int status, double answered, double seconds,
			JsonNode report) {
		return new Result(batch, before, rows, status, answered, seconds, report.get("created").asInt(),
				report.get("unchanged").asInt(), report.get("failed").asInt(), Double.NaN);
	}

	/** Reads the job once a second until it is no longer running. */
	private JsonNode awaitJob(String location) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.gateway + location))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.token.get())
				.GET()
				.build();
			HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200) {
				JsonNode job = JSON.readTree(answer.body());
				if (!"RUNNING".equals(job.get("status").asString())) {
					return job;
				}
			}
			Thread.sleep(1_000);
		}
		throw new IllegalStateException("import job " + location + " still running after " + PATIENCE);
	}

	/** The number of units the caller's tenant holds, as the list reports it; a few tries before giving up. */
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
