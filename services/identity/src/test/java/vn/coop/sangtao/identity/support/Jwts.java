package vn.coop.sangtao.identity.support;

import java.text.ParseException;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads token responses and JWT claims without verifying (verification has its own test). */
public final class Jwts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Jwts() {
	}

	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	public static JWTClaimsSet claims(String jwt) {
		try {
			return SignedJWT.parse(jwt).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a JWT", ex);
		}
	}

	public static String keyId(String jwt) {
		try {
			return SignedJWT.parse(jwt).getHeader().getKeyID();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a JWT", ex);
		}
	}

}
