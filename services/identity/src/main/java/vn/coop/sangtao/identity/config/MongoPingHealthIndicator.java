package vn.coop.sangtao.identity.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Mongo health check (by bean name): Boot's sends {@code hello}, which the
 * mongo-java-server of tests and the local run does not know, so health would read DOWN there.
 * {@code ping} answers on both it and a real MongoDB, and only touches our own database.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private static final Document PING = new Document("ping", 1);

	private final MongoTemplate mongo;

	MongoPingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB ping failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		mongo.executeCommand(PING);
		builder.up().withDetail("database", mongo.getDb().getName());
	}

}
