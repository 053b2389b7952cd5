package vn.coop.sangtao.membership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import vn.coop.sangtao.membership.unit.UnitRegistered;
import vn.coop.sangtao.membership.unit.UnitSearchService;
import vn.coop.sangtao.platform.index.ReadIndexWorker;

/** Member units, their people, blocks, clubs and holds of each provincial alliance. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MembershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipApplication.class, args);
    }

    /** Keeps this instance's unit search index current with every instance's unit events. */
    @Bean
    ReadIndexWorker unitSearchWorker(UnitSearchService search, KafkaAdmin admin) {
        return new ReadIndexWorker("unit-search", UnitRegistered.TOPIC, admin, search::load, search::changed);
    }
}
