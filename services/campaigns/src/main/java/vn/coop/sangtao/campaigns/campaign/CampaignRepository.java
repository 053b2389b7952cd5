package vn.coop.sangtao.campaigns.campaign;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.outbox.PendingEvent;
import vn.coop.sangtao.platform.store.AggregateStore;

import java.util.List;
import java.util.Optional;

/** Campaigns of the current tenant; the code is unique per tenant. */
@Repository
class CampaignRepository {

    static final String COLLECTION = "campaigns";

    private final AggregateStore store;

    CampaignRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).unique().named("tenant_code"));
    }

    void insert(Campaign campaign, PendingEvent created) {
        store.insert(COLLECTION, campaign, List.of(created));
    }

    void update(Campaign campaign, long expectedVersion, PendingEvent event) {
        store.update(COLLECTION, campaign.id(), expectedVersion, campaign, List.of(event));
    }

    Optional<Campaign> find(String id) {
        return store.findById(COLLECTION, id, Campaign.class);
    }

    List<Campaign> list(int page, int size) {
        return store.find(COLLECTION, new Criteria(), Sort.by(Sort.Direction.DESC, "periodStart"), page, size,
                Campaign.class);
    }

    long count() {
        return store.count(COLLECTION, new Criteria());
    }
}
