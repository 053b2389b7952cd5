package vn.coop.sangtao.platform.config;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Majority concerns only where asked (the prod profile), and over what the connection string said; a
 * short wait for an unreachable store everywhere.
 */
class PlatformStoreConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            // as in an application: "3s" binds to a Duration
            .withInitializer(started -> started.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(PlatformStoreConfiguration.class);

    @Test
    void shouldAskForMajorityWritesAndReadsOverWhatTheUriSaid() {
        context.withPropertyValues(PlatformStoreConfiguration.MAJORITY + "=true").run(started -> {
            MongoClientSettings.Builder fromUri = MongoClientSettings.builder()
                    .writeConcern(WriteConcern.W1).readConcern(ReadConcern.LOCAL);
            customizeAll(started, fromUri);
            MongoClientSettings settings = fromUri.build();
            assertThat(settings.getWriteConcern().getWString()).isEqualTo("majority");
            assertThat(settings.getWriteConcern().getJournal()).isTrue();
            assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        });
    }

    @Test
    void shouldKeepTheLocalRunsConcernsButWaitOnlySecondsForAStore() {
        context.run(started -> {
            MongoClientSettings.Builder fromUri = MongoClientSettings.builder().writeConcern(WriteConcern.W1);
            customizeAll(started, fromUri);
            MongoClientSettings settings = fromUri.build();
            assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.W1);
            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(3);
        });
        context.withPropertyValues("sangtao.mongodb.wait-for-store=10s").run(started -> {
            MongoClientSettings.Builder fromUri = MongoClientSettings.builder();
            customizeAll(started, fromUri);
            assertThat(fromUri.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(10);
        });
    }

    private static void customizeAll(AssertableApplicationContext started, MongoClientSettings.Builder settings) {
        started.getBeansOfType(MongoClientSettingsBuilderCustomizer.class).values()
                .forEach(customizer -> customizer.customize(settings));
    }
}
