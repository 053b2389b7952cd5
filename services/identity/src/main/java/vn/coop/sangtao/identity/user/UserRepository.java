package vn.coop.sangtao.identity.user;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The only way into the {@code users} collection. Users are global (not tenant-scoped): a
 * username is unique across tenants because it is what people type at the login page.
 */
@Repository
public class UserRepository {

	private final MongoTemplate mongo;

	public UserRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Idempotent; the unique index is what keeps concurrent seeders from creating duplicates. */
	public void ensureIndexes() {
		mongo.indexOps(UserAccount.COLLECTION)
			.createIndex(new Index().on("username", Sort.Direction.ASC).unique().named("username_unique"));
	}

	public Optional<UserAccount> findByUsername(String username) {
		return Optional.ofNullable(mongo.findOne(byUsername(username), UserAccount.class));
	}

	public boolean existsByUsername(String username) {
		return mongo.exists(byUsername(username), UserAccount.class);
	}

	/** Fails with {@code DuplicateKeyException} when the username is taken. */
	public UserAccount insert(UserAccount user) {
		return mongo.insert(user);
	}

	/**
	 * Gives an existing account the unit it represents when it has none yet; a unit set by hand is
	 * kept. Returns whether the account changed.
	 */
	public boolean fillUnitTaxCode(String username, String unitTaxCode) {
		Query withoutUnit = byUsername(username).addCriteria(Criteria.where("unitTaxCode").is(null));
		return mongo.updateFirst(withoutUnit, new Update().set("unitTaxCode", unitTaxCode), UserAccount.class)
			.getModifiedCount() > 0;
	}

	public long count() {
		return mongo.count(new Query(), UserAccount.class);
	}

	private static Query byUsername(String username) {
		return Query.query(Criteria.where("username").is(username));
	}

}
