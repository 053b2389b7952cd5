package vn.coop.sangtao.platform.config;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.coop.sangtao.platform.work.JobLocks;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How every service uses its document store beyond what Spring Boot sets up: job leases, a short wait
 * for an unreachable store and, in production, majority concerns.
 */
@AutoConfiguration(after = PlatformEventsConfiguration.class)
public class PlatformStoreConfiguration {

    /** The property that turns {@link #majorityConcerns()} on (the {@code prod} profile does). */
    public static final String MAJORITY = "sangtao.mongodb.majority";

    @Bean
    JobLocks jobLocks(MongoTemplate mongo, Clock clock) {
        return new JobLocks(mongo, clock);
    }

    /**
     * How long a call waits for a reachable store (a primary, on a replica set) before it fails, which
     * the problem handler answers with 503. The driver's default, 30 s, would hold a request thread
     * through most of an outage and answer the caller long after it gave up; a few seconds still ride
     * out a replica set's election in production, where the prod profile sets 10 s.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeWaitLimit(
            @Value("${sangtao.mongodb.wait-for-store:3s}") Duration wait) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(wait.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * On a replica set, a write acknowledged with 201 must survive the primary's loss, and a read must
     * not show what a failover could roll back: both need the majority of members. Set here rather
     * than trusted to the connection string, so that a URI copied without {@code w=majority} cannot
     * weaken it. Runs after Spring Boot's own customizer, which applies the URI.
     */
    @Bean
    @ConditionalOnProperty(MAJORITY)
    MongoClientSettingsBuilderCustomizer majorityConcerns() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .readConcern(ReadConcern.MAJORITY);
    }
}
