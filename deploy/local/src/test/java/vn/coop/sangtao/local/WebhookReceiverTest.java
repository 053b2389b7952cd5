package vn.coop.sangtao.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTest {

	static final String SECRET = WebhookSignatureTest.SECRET;

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

	private final HttpClient http = HttpClient.newHttpClient();

	private final WebhookSignature signer = new WebhookSignature(SECRET, CLOCK, WebhookSignature.DEFAULT_TOLERANCE);

	private WebhookReceiver receiver;

	@BeforeEach
	void start() {
		this.receiver = WebhookReceiver.start(0, SECRET, CLOCK);
	}

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void shouldAnswer204AndRecordWhenSignatureValid() throws Exception {
		long now = CLOCK.instant().getEpochSecond();
		String body = "{\"type\":\"vn.coop.sangtao.initiative.submitted.v1\",\"data\":{\"title\":\"Sáng kiến\"}}";

		int first = post("msg_1", now, body, this.signer.sign("msg_1", now, body));
		int again = post("msg_1", now, body, this.signer.sign("msg_1", now, body));
		int second = post("msg_2", now, body, this.signer.sign("msg_2", now, body));

		assertThat(first).isEqualTo(204);
		assertThat(again).isEqualTo(204);
		assertThat(second).isEqualTo(204);
		assertThat(this.receiver.received()).extracting(WebhookReceiver.Delivery::id)
			.containsExactly("msg_1", "msg_1", "msg_2");
		assertThat(this.receiver.received().get(0).body()).isEqualTo(body);
		assertThat(this.receiver.received().get(0).timestamp()).isEqualTo(String.valueOf(now));
		assertThat(this.receiver.distinctIds()).containsExactly("msg_1", "msg_2");
		assertThat(this.receiver.invalidCount()).isZero();
		assertThat(this.receiver.url()).isEqualTo("http://localhost:" + this.receiver.port() + "/webhook");
	}

	@Test
	void shouldAnswer401AndCountWhenSignatureInvalid() throws Exception {
		long now = CLOCK.instant().getEpochSecond();
		String signature = this.signer.sign("msg_1", now, "{\"a\":1}");

		int tampered = post("msg_1", now, "{\"a\":2}", signature);
		int stale = post("msg_1", now - 301, "{\"a\":1}", this.signer.sign("msg_1", now - 301, "{\"a\":1}"));
		int unsigned = post("msg_1", now, "{\"a\":1}", null);

		assertThat(tampered).isEqualTo(401);
		assertThat(stale).isEqualTo(401);
		assertThat(unsigned).isEqualTo(401);
		assertThat(this.receiver.invalidCount()).isEqualTo(3);
		assertThat(this.receiver.received()).isEmpty();
	}

	@Test
	void shouldAnswerChosenStatusWithoutRecordingWhenFailing() throws Exception {
		long now = CLOCK.instant().getEpochSecond();
		String body = "{\"a\":1}";
		this.receiver.failWith(503);

		int during = post("msg_1", now, body, this.signer.sign("msg_1", now, body));
		this.receiver.recover();
		int after = post("msg_1", now, body, this.signer.sign("msg_1", now, body));

		assertThat(during).isEqualTo(503);
		assertThat(after).isEqualTo(204);
		assertThat(this.receiver.failedCount()).isEqualTo(1);
		assertThat(this.receiver.received()).hasSize(1);
	}

	private int post(String id, long timestamp, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.receiver.url()))
			.header("Content-Type", "application/json")
			.header("webhook-id", id)
			.header("webhook-timestamp", String.valueOf(timestamp))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("webhook-signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
