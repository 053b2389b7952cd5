package vn.coop.sangtao.identity.key;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Signs tokens with an RSA key that lives in the store, so tokens issued before a restart still
 * verify after it. The key is generated on the very first use and loaded from then on; when two
 * instances start together the one whose insert loses reloads the winner's key.
 */
@Component
class PersistentJwkSource implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(PersistentJwkSource.class);

	private final SigningKeyRepository keys;

	private volatile JWKSet jwkSet;

	PersistentJwkSource(SigningKeyRepository keys) {
		this.keys = keys;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(jwkSet());
	}

	/** The active key; loading is lazy so that the store is only needed once tokens are. */
	RSAKey currentKey() {
		return (RSAKey) jwkSet().getKeys().get(0);
	}

	private JWKSet jwkSet() {
		JWKSet loaded = jwkSet;
		if (loaded == null) {
			synchronized (this) {
				if (jwkSet == null) {
					jwkSet = new JWKSet(loadOrCreate());
				}
				loaded = jwkSet;
			}
		}
		return loaded;
	}

	private RSAKey loadOrCreate() {
		return keys.findActive().map(PersistentJwkSource::parse).orElseGet(this::createAndStore);
	}

	private RSAKey createAndStore() {
		RSAKey key = generate();
		try {
			keys.insert(new SigningKey(SigningKey.ACTIVE, key.getKeyID(), key.toJSONString(), Instant.now()));
			log.info("signing key generated kid={}", key.getKeyID());
			return key;
		}
		catch (DuplicateKeyException ex) {
			return keys.findActive().map(PersistentJwkSource::parse).orElseThrow(() -> ex);
		}
	}

	private static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	private static RSAKey parse(SigningKey stored) {
		try {
			return RSAKey.parse(stored.jwk());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("stored signing key " + stored.keyId() + " is not a valid RSA JWK", ex);
		}
	}

}
