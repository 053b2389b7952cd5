package vn.coop.sangtao.initiatives;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import vn.coop.sangtao.initiatives.initiative.InitiativeEvent;
import vn.coop.sangtao.initiatives.initiative.InitiativeSearchService;
import vn.coop.sangtao.platform.index.ReadIndexWorker;

/** Initiatives, ideas, models and creative ways of working, from submission to the Golden Book. */
@SpringBootApplication
public class InitiativesApplication {

    public static void main(String[] args) {
        SpringApplication.run(InitiativesApplication.class, args);
    }

    /** Keeps this instance's initiative index current with every instance's initiative events. */
    @Bean
    ReadIndexWorker initiativeSearchWorker(InitiativeSearchService search, KafkaAdmin admin) {
        return new ReadIndexWorker("initiative-search", InitiativeEvent.TOPIC, admin, search::load, search::changed);
    }
}
