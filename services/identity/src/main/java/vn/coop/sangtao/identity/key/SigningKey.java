package vn.coop.sangtao.identity.key;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The persisted token signing key. The private key is kept as a JWK JSON document so that it
 * round-trips through Nimbus without hand-written encoding.
 *
 * @param id fixed slot id; one active key per slot makes concurrent first starts converge
 * @param keyId the {@code kid} published in the JWK set and written into every token header
 * @param jwk the full RSA JWK including the private parts
 * @param createdAt when the key was generated
 */
@Document(SigningKey.COLLECTION)
record SigningKey(@Id String id, String keyId, String jwk, Instant createdAt) {

	static final String COLLECTION = "signing_keys";

	static final String ACTIVE = "active";

	/** Overrides the record's toString so that the private key never reaches a log. */
	@Override
	public String toString() {
		return "SigningKey[id=" + id + ", keyId=" + keyId + ", createdAt=" + createdAt + "]";
	}

}
