package vn.coop.sangtao.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs JWTs shaped like identity's (claims {@code tenant}, {@code roles}, {@code preferred_username})
 * with a key that exists only in tests; services under test validate them with its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.test";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String bearer(String tenant, String username, String... roles) {
        return "Bearer " + token(tenant, username, roles);
    }

    /** A unit representative's token, carrying the tax code of the unit they act for. */
    public static String unitRep(String tenant, String username, String unitTaxCode) {
        return "Bearer " + token(tenant, username, Map.of("unit", unitTaxCode), "UNIT_REP");
    }

    public static String token(String tenant, String username, String... roles) {
        return token(tenant, username, Map.of(), roles);
    }

    private static String token(String tenant, String username, Map<String, String> extra, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(username).jwtID(UUID.randomUUID().toString())
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("preferred_username", username).claim("roles", List.of(roles));
        extra.forEach(claims::claim);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
