package vn.coop.sangtao.platform.config;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Majority concerns only where asked (the prod profile), and over what the connection string said. */
class PlatformStoreConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(PlatformStoreConfiguration.class);

    @Test
    void shouldAskForMajorityWritesAndReadsOverWhatTheUriSaid() {
        context.withPropertyValues(PlatformStoreConfiguration.MAJORITY + "=true").run(started -> {
            MongoClientSettings.Builder fromUri = MongoClientSettings.builder()
                    .writeConcern(WriteConcern.W1).readConcern(ReadConcern.LOCAL);
            started.getBean(MongoClientSettingsBuilderCustomizer.class).customize(fromUri);
            MongoClientSettings settings = fromUri.build();
            assertThat(settings.getWriteConcern().getWString()).isEqualTo("majority");
            assertThat(settings.getWriteConcern().getJournal()).isTrue();
            assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        });
    }

    @Test
    void shouldLeaveTheLocalRunsStoreAlone() {
        context.run(started -> assertThat(started).doesNotHaveBean(MongoClientSettingsBuilderCustomizer.class));
    }
}
