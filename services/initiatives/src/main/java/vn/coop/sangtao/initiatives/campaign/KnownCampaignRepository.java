package vn.coop.sangtao.initiatives.campaign;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.KeyIndexes;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The local read model of campaigns; a redelivered event writes the same values again. */
@Repository
public class KnownCampaignRepository {

    static final String COLLECTION = "known_campaigns";

    private final MongoTemplate mongo;

    KnownCampaignRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        KeyIndexes.forReadModel(mongo, COLLECTION);
    }

    public void remember(KnownCampaign campaign) {
        mongo.upsert(same(campaign.id()), new Update().set("code", campaign.code()).set("title", campaign.title()),
                COLLECTION);
    }

    public Optional<KnownCampaign> find(String campaignId) {
        return Optional.ofNullable(mongo.findOne(same(campaignId), KnownCampaign.class, COLLECTION));
    }

    private static Query same(String campaignId) {
        return Query.query(where("_id").is(campaignId).and(AggregateStore.TENANT).is(TenantContext.require()));
    }
}
