package vn.coop.sangtao.identity.key;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The only way into the {@code signing_keys} collection. */
@Repository
class SigningKeyRepository {

	private final MongoTemplate mongo;

	SigningKeyRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<SigningKey> findActive() {
		return Optional.ofNullable(mongo.findById(SigningKey.ACTIVE, SigningKey.class));
	}

	/** Fails with {@code DuplicateKeyException} when another instance stored a key first. */
	void insert(SigningKey key) {
		mongo.insert(key);
	}

}
