package vn.coop.sangtao.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Boot's document-store health check (by bean name): Boot's sends {@code hello}, which
 * the mongo-java-server of tests and the local run does not know; {@code ping} works on both it and
 * a real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("document store ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(PING);
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
