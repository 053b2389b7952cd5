package vn.coop.sangtao.platform.config;

import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.platform.audit.AuditController;
import vn.coop.sangtao.platform.health.MongoPingHealthIndicator;
import vn.coop.sangtao.platform.audit.AuditTrail;
import vn.coop.sangtao.platform.messaging.AppliedEvents;
import vn.coop.sangtao.platform.messaging.ConsumerRetryProperties;
import vn.coop.sangtao.platform.messaging.DeadLetterController;
import vn.coop.sangtao.platform.messaging.DeadLetterRouting;
import vn.coop.sangtao.platform.messaging.DeadLetters;
import vn.coop.sangtao.platform.messaging.InboundEvents;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.outbox.OutboxProperties;
import vn.coop.sangtao.platform.outbox.OutboxPublisher;
import vn.coop.sangtao.platform.outbox.OutboxRelay;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The event machinery of every service: outbox, relay, audit, inbound adapters and dead letters. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties({OutboxProperties.class, ConsumerRetryProperties.class})
public class PlatformEventsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean("mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    EventFactory eventFactory(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer,
                              @Value("${spring.application.name}") String service) {
        return new EventFactory(json, clock, tracer, service);
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new AuditTrail(mongo);
    }

    @Bean
    AuditController auditController(AuditTrail audit) {
        return new AuditController(audit);
    }

    @Bean
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> boot, OutboxProperties properties) {
        Map<String, Object> config = reliable(boot);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer()));
        return new OutboxPublisher(template, properties.sendTimeout());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, OutboxPublisher publisher, AuditTrail audit,
                            OutboxProperties properties, Clock clock) {
        return new OutboxRelay(mongo, publisher, audit, properties, clock);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    @Bean
    InboundEvents inboundEvents(JsonMapper json) {
        return new InboundEvents(json);
    }

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    KafkaTemplate<byte[], byte[]> deadLetterTemplate(ProducerFactory<?, ?> boot) {
        return new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(reliable(boot), new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Bean
    DeadLetterRouting deadLetterRouting(KafkaTemplate<byte[], byte[]> deadLetterTemplate,
                                        ConsumerRetryProperties retry) {
        return new DeadLetterRouting(deadLetterTemplate, retry);
    }

    @Bean
    DeadLetters deadLetters(KafkaAdmin admin, KafkaTemplate<byte[], byte[]> deadLetterTemplate,
                            @Value("${spring.application.name}") String service) {
        return new DeadLetters(admin, deadLetterTemplate, service);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    /**
     * Producer settings that the outbox's guarantees rely on, whatever the configuration says:
     * every in-sync replica acknowledges, retries never duplicate, and a send fails fast enough for
     * the relay to back off instead of hanging while the broker is down.
     */
    private static Map<String, Object> reliable(ProducerFactory<?, ?> boot) {
        Map<String, Object> config = new HashMap<>(boot.getConfigurationProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }
}
