package vn.coop.sangtao.local;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): {@code webhook-signature} holds
 * space-separated {@code v1,<base64>} entries, each an HMAC-SHA256 of {@code <id>.<timestamp>.<body>}
 * keyed with the base64-decoded secret (after its {@code whsec_} prefix). Timestamps more than
 * {@link #DEFAULT_TOLERANCE} away from the clock are rejected (replays).
 */
public final class WebhookSignature {

	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private static final String PREFIX = "whsec_";

	private final byte[] key;

	private final Clock clock;

	private final Duration tolerance;

	/** @param secret {@code whsec_<base64>} (the prefix is optional) */
	public WebhookSignature(String secret) {
		this(secret, Clock.systemUTC(), DEFAULT_TOLERANCE);
	}

	public WebhookSignature(String secret, Clock clock, Duration tolerance) {
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		this.key = Base64.getDecoder().decode(encoded);
		this.clock = clock;
		this.tolerance = tolerance;
	}

	/** The {@code v1,<base64>} signature of a message. */
	public String sign(String id, long timestamp, byte[] body) {
		return "v1," + Base64.getEncoder().encodeToString(hmac(id, String.valueOf(timestamp), body));
	}

	public String sign(String id, long timestamp, String body) {
		return sign(id, timestamp, body.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether one of the signatures in the header matches and the timestamp is fresh. */
	public boolean verify(String id, String timestamp, byte[] body, String signatureHeader) {
		return check(id, timestamp, body, signatureHeader) == null;
	}

	public boolean verify(String id, String timestamp, String body, String signatureHeader) {
		return verify(id, timestamp, body.getBytes(StandardCharsets.UTF_8), signatureHeader);
	}

	/** Why a message does not verify, or null if it does. */
	public String check(String id, String timestamp, byte[] body, String signatureHeader) {
		if (id == null || id.isBlank() || timestamp == null || signatureHeader == null || signatureHeader.isBlank()) {
			return "missing webhook-id, webhook-timestamp or webhook-signature";
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			return "webhook-timestamp is not a number";
		}
		Instant sent = Instant.ofEpochSecond(seconds);
		Duration skew = Duration.between(sent, this.clock.instant()).abs();
		if (skew.compareTo(this.tolerance) > 0) {
			return "webhook-timestamp is " + skew.toSeconds() + " s away from now";
		}
		byte[] expected = hmac(id, timestamp.trim(), body);
		for (String entry : signatureHeader.trim().split(" +")) {
			int comma = entry.indexOf(',');
			if (comma < 0 || !"v1".equals(entry.substring(0, comma))) {
				continue;
			}
			byte[] given;
			try {
				given = Base64.getDecoder().decode(entry.substring(comma + 1));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			if (MessageDigest.isEqual(expected, given)) {
				return null;
			}
		}
		return "no matching v1 signature";
	}

	private byte[] hmac(String id, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
