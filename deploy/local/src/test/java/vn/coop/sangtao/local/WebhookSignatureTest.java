package vn.coop.sangtao.local;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	// the reference vector of the Standard Webhooks specification
	static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	static final String TIMESTAMP = "1614265330";

	static final String BODY = "{\"test\": 2432232314}";

	static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

	static final Clock AT_THE_TIME = Clock.fixed(Instant.ofEpochSecond(1614265330), ZoneOffset.UTC);

	private final WebhookSignature signature = new WebhookSignature(SECRET, AT_THE_TIME, WebhookSignature.DEFAULT_TOLERANCE);

	@Test
	void shouldProduceReferenceSignatureWhenSigningReferenceMessage() {
		assertThat(this.signature.sign(ID, Long.parseLong(TIMESTAMP), BODY)).isEqualTo(EXPECTED);
	}

	@Test
	void shouldVerifyWhenReferenceSignatureGiven() {
		assertThat(this.signature.verify(ID, TIMESTAMP, BODY, EXPECTED)).isTrue();
	}

	@Test
	void shouldVerifyWhenOneOfSeveralSignaturesMatches() {
		String header = "v1,Zm9vYmFy v2,whatever " + EXPECTED;
		assertThat(this.signature.verify(ID, TIMESTAMP, BODY, header)).isTrue();
	}

	@Test
	void shouldRejectWhenBodyTampered() {
		assertThat(this.signature.verify(ID, TIMESTAMP, "{\"test\": 2432232315}", EXPECTED)).isFalse();
	}

	@Test
	void shouldRejectWhenIdTampered() {
		assertThat(this.signature.verify("msg_other", TIMESTAMP, BODY, EXPECTED)).isFalse();
	}

	@Test
	void shouldRejectWhenSecretIsWrong() {
		WebhookSignature other = new WebhookSignature("whsec_" + java.util.Base64.getEncoder()
			.encodeToString("another secret of 24 b..".getBytes(java.nio.charset.StandardCharsets.UTF_8)), AT_THE_TIME,
				WebhookSignature.DEFAULT_TOLERANCE);
		assertThat(other.verify(ID, TIMESTAMP, BODY, EXPECTED)).isFalse();
	}

	@Test
	void shouldRejectWhenTimestampIsMoreThanFiveMinutesOld() {
		WebhookSignature later = new WebhookSignature(SECRET, Clock.offset(AT_THE_TIME, java.time.Duration.ofSeconds(301)),
				WebhookSignature.DEFAULT_TOLERANCE);
		assertThat(later.check(ID, TIMESTAMP, BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8), EXPECTED))
			.contains("away from now");
	}

	@Test
	void shouldRejectWhenTimestampIsMoreThanFiveMinutesAhead() {
		WebhookSignature earlier = new WebhookSignature(SECRET,
				Clock.offset(AT_THE_TIME, java.time.Duration.ofSeconds(-301)), WebhookSignature.DEFAULT_TOLERANCE);
		assertThat(earlier.verify(ID, TIMESTAMP, BODY, EXPECTED)).isFalse();
	}

	@Test
	void shouldAcceptWhenTimestampIsWithinFiveMinutes() {
		WebhookSignature later = new WebhookSignature(SECRET, Clock.offset(AT_THE_TIME, java.time.Duration.ofSeconds(299)),
				WebhookSignature.DEFAULT_TOLERANCE);
		assertThat(later.verify(ID, TIMESTAMP, BODY, EXPECTED)).isTrue();
	}

	@Test
	void shouldRejectWhenHeadersMissingOrMalformed() {
		assertThat(this.signature.verify(ID, TIMESTAMP, BODY, null)).isFalse();
		assertThat(this.signature.verify(ID, "not-a-number", BODY, EXPECTED)).isFalse();
		assertThat(this.signature.verify(ID, TIMESTAMP, BODY, "v1,***not base64***")).isFalse();
		assertThat(this.signature.verify(ID, TIMESTAMP, BODY, EXPECTED.replace("v1,", "v2,"))).isFalse();
	}

}
