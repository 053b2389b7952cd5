package vn.coop.sangtao.initiatives.initiative;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Initiatives of the current tenant. */
@Repository
class InitiativeRepository {

    static final String COLLECTION = "initiatives";

    private final AggregateStore store;
    private final EventFactory events;

    InitiativeRepository(AggregateStore store, EventFactory events) {
        this.store = store;
        this.events = events;
    }

    void submit(Initiative initiative) {
        store.insert(COLLECTION, initiative, List.of(events.pending(InitiativeSubmitted.TYPE,
                InitiativeSubmitted.TOPIC, initiative.id(), initiative.submitted())));
    }

    Optional<Initiative> find(String id) {
        return store.findById(COLLECTION, id, Initiative.class);
    }

    List<Initiative> search(Integer year, String foldedText, int page, int size) {
        return store.find(COLLECTION, criteria(year, foldedText), Sort.by(Sort.Direction.DESC, "submittedAt"),
                page, size, Initiative.class);
    }

    long count(Integer year, String foldedText) {
        return store.count(COLLECTION, criteria(year, foldedText));
    }

    private static Criteria criteria(Integer year, String foldedText) {
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (foldedText != null) {
            criteria = criteria.and("titleKey").regex(Pattern.quote(foldedText));
        }
        return criteria;
    }
}
