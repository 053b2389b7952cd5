package vn.coop.sangtao.identity.session;

import java.time.Duration;
import java.util.Date;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.SessionRepository;
import org.springframework.session.UuidSessionIdGenerator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Login sessions in the {@code sessions} collection, so that a sign-in begun on one identity instance
 * (the authorization request remembered, the login form's CSRF token) goes on wherever its next
 * request lands, and survives a restart. A session is read and written whole on each request that
 * uses it: only the few requests of a sign-in do.
 */
class StoredSessionRepository implements SessionRepository<MapSession> {

	static final String COLLECTION = "sessions";

	private static final SessionIdGenerator IDS = UuidSessionIdGenerator.getInstance();

	private final MongoTemplate mongo;

	private final Duration maxInactive;

	StoredSessionRepository(MongoTemplate mongo, Duration maxInactive) {
		this.mongo = mongo;
		this.maxInactive = maxInactive;
	}

	/** Expired sessions leave a MongoDB replica set by themselves (a TTL index); findById ignores them anyway. */
	void ensureIndexes() {
		mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO));
	}

	@Override
	public MapSession createSession() {
		MapSession session = new MapSession(IDS);
		session.setMaxInactiveInterval(maxInactive);
		return session;
	}

	@Override
	public void save(MapSession session) {
		if (!session.getId().equals(session.getOriginalId())) {
			// the id changes at sign-in (session fixation); the old id must stop working
			deleteById(session.getOriginalId());
		}
		MapSession stored = new MapSession(session);
		Date expireAt = Date.from(stored.getLastAccessedTime().plus(stored.getMaxInactiveInterval()));
		mongo.getCollection(COLLECTION).replaceOne(new Document("_id", stored.getId()),
				new Document("_id", stored.getId()).append("expireAt", expireAt)
					.append("data", new Binary(StoredObjects.write(stored))),
				new ReplaceOptions().upsert(true));
	}

	@Override
	public MapSession findById(String id) {
		Document found = mongo.findOne(Query.query(where("_id").is(id)), Document.class, COLLECTION);
		if (found == null) {
			return null;
		}
		MapSession session = StoredObjects.read(found.get("data", Binary.class).getData(), MapSession.class, "session")
			.orElse(null);
		if (session == null || session.isExpired()) {
			deleteById(id);
			return null;
		}
		// not serialized: the id a sign-in changes to comes from it
		session.setSessionIdGenerator(IDS);
		return session;
	}

	@Override
	public void deleteById(String id) {
		mongo.remove(Query.query(where("_id").is(id)), COLLECTION);
	}

}
