package vn.coop.sangtao.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.coop.sangtao.identity.support.TestMongo;

class PersistentJwkSourceTests {

	private MongoTemplate mongo;

	@BeforeEach
	void connect() {
		mongo = TestMongo.freshDatabase("keys");
	}

	@Test
	void shouldLoadSameKeyWhenSecondSourceUsesSameStore() {
		RSAKey first = new PersistentJwkSource(new SigningKeyRepository(mongo)).currentKey();

		RSAKey second = new PersistentJwkSource(new SigningKeyRepository(mongo)).currentKey();

		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.toPublicJWK()).isEqualTo(first.toPublicJWK());
		assertThat(second.isPrivate()).isTrue();
	}

	@Test
	void shouldStoreOneKeyWhenUsedRepeatedly() {
		PersistentJwkSource source = new PersistentJwkSource(new SigningKeyRepository(mongo));

		String keyId = source.currentKey().getKeyID();
		source.currentKey();

		assertThat(mongo.getCollection(SigningKey.COLLECTION).countDocuments()).isEqualTo(1);
		assertThat(mongo.findById(SigningKey.ACTIVE, SigningKey.class).keyId()).isEqualTo(keyId);
	}

	@Test
	void shouldGenerateDifferentKeysWhenStoresDiffer() {
		MongoTemplate otherMongo = TestMongo.freshDatabase("keys");

		String here = new PersistentJwkSource(new SigningKeyRepository(mongo)).currentKey().getKeyID();
		String there = new PersistentJwkSource(new SigningKeyRepository(otherMongo)).currentKey().getKeyID();

		assertThat(there).isNotEqualTo(here);
	}

}
