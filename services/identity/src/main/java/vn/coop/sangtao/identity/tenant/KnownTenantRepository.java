package vn.coop.sangtao.identity.tenant;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The only way into the {@code tenants} collection. Every write is one upsert keyed by tenant id,
 * so an event applied twice, or an old one redelivered late, leaves the document as it was.
 */
@Repository
public class KnownTenantRepository {

	private final MongoTemplate mongo;

	public KnownTenantRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<KnownTenant> find(String id) {
		return Optional.ofNullable(mongo.findById(id, KnownTenant.class));
	}

	/** The status is only set on insert: a created event redelivered after a merge must not revive the tenant. */
	public void created(String id, String name) {
		upsert(id, new Update().set("name", name).setOnInsert("status", TenantStatus.ACTIVE));
	}

	public void retired(String id) {
		upsert(id, new Update().set("status", TenantStatus.RETIRED));
	}

	public void merged(String id, String intoId) {
		upsert(id, new Update().set("status", TenantStatus.MERGED).set("mergedInto", intoId));
	}

	public long count() {
		return mongo.count(new Query(), KnownTenant.class);
	}

	private void upsert(String id, Update update) {
		mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, KnownTenant.class);
	}

}
