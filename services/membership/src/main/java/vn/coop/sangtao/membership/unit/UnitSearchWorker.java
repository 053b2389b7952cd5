package vn.coop.sangtao.membership.unit;

import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import vn.coop.sangtao.platform.index.ReadIndexWorker;

/** Keeps this instance's unit search index current with every instance's unit events. */
@Component
class UnitSearchWorker extends ReadIndexWorker {

    private final UnitSearchService search;

    UnitSearchWorker(UnitSearchService search, KafkaAdmin admin) {
        super("unit-search", UnitRegistered.TOPIC, admin);
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
