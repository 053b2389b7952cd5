package vn.coop.sangtao.identity.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** RFC 7636 S256 verifier and challenge. */
public final class Pkce {

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private Pkce() {
	}

	public static String verifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return URL.encodeToString(bytes);
	}

	public static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return URL.encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
