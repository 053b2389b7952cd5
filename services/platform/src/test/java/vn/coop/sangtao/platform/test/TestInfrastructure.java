package vn.coop.sangtao.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Wires a service under test to real parts: a fresh database on the in-memory MongoDB server, the
 * embedded Kafka broker, and a JWT decoder that trusts {@link TestTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Bean
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.mongodb.uri=" + InMemoryMongo.freshDatabaseUri(),
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "sangtao.outbox.poll-interval=100ms",
                "sangtao.outbox.sweep-interval=200ms",
                "sangtao.consumer.retry.initial-interval=50ms",
                "logging.structured.format.console=");
    }
}
