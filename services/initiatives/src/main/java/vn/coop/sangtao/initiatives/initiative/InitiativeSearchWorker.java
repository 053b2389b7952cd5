package vn.coop.sangtao.initiatives.initiative;

import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.index.ReadIndexWorker;

/** Keeps this instance's initiative index current with every instance's initiative events. */
@Component
class InitiativeSearchWorker extends ReadIndexWorker {

    private final InitiativeSearchService search;

    InitiativeSearchWorker(InitiativeSearchService search, KafkaAdmin admin) {
        super("initiative-search", InitiativeEvent.TOPIC, admin);
        this.search = search;
    }

    @Override
    protected int load() {
        return search.load();
    }

    @Override
    protected void changed(String id) {
        search.changed(id);
    }
}
