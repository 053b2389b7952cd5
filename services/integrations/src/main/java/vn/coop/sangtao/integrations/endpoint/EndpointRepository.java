package vn.coop.sangtao.integrations.endpoint;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.outbox.PendingEvent;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Webhook endpoints of the current tenant. */
@Repository
class EndpointRepository {

    static final String COLLECTION = "endpoints";

    private final AggregateStore store;

    EndpointRepository(AggregateStore store) {
        this.store = store;
    }

    void insert(WebhookEndpoint endpoint, PendingEvent registered) {
        store.insert(COLLECTION, endpoint, List.of(registered));
    }

    void update(WebhookEndpoint endpoint, PendingEvent event) {
        store.update(COLLECTION, endpoint.id(), endpoint.version(), endpoint, List.of(event));
    }

    Optional<WebhookEndpoint> find(String id) {
        return store.findById(COLLECTION, id, WebhookEndpoint.class);
    }

    List<WebhookEndpoint> subscribedTo(String eventType) {
        Criteria criteria = where("enabled").is(true).and("eventTypes").is(eventType);
        return store.find(COLLECTION, criteria, Sort.by("_id"), 0, 1000, WebhookEndpoint.class);
    }

    List<WebhookEndpoint> all(int page, int size) {
        return store.find(COLLECTION, new Criteria(), Sort.by("createdAt"), page, size, WebhookEndpoint.class);
    }
}
