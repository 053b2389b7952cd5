package vn.coop.sangtao.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.coop.sangtao.identity.support.TestMongo;

class PersistentJwkSourceTests {

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void connect() {
		String database = "keys-" + UUID.randomUUID();
		client = MongoClients.create(TestMongo.uri(database));
		mongo = new MongoTemplate(client, database);
	}

	@AfterEach
	void disconnect() {
		client.close();
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
		String database = "keys-" + UUID.randomUUID();
		try (MongoClient other = MongoClients.create(TestMongo.uri(database))) {
			MongoTemplate otherMongo = new MongoTemplate(other, database);

			String here = new PersistentJwkSource(new SigningKeyRepository(mongo)).currentKey().getKeyID();
			String there = new PersistentJwkSource(new SigningKeyRepository(otherMongo)).currentKey().getKeyID();

			assertThat(there).isNotEqualTo(here);
		}
	}

}
