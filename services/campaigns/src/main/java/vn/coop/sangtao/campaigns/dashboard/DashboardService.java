package vn.coop.sangtao.campaigns.dashboard;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.membership.KnownArea;
import vn.coop.sangtao.campaigns.membership.KnownBlock;
import vn.coop.sangtao.campaigns.membership.KnownUnit;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads a campaign's dashboard from the rows the events keep: a handful of documents per block,
 * area, content and province, so its cost follows the size of the alliance, not its history.
 */
@Service
public class DashboardService {

    private final MongoTemplate mongo;
    private final CampaignService campaigns;
    private final MembershipRepository directory;

    DashboardService(MongoTemplate mongo, CampaignService campaigns, MembershipRepository directory) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.directory = directory;
    }

    public Dashboard of(String campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        Map<Dimension, Map<String, Participation>> rows = rows(campaignId);
        List<KnownUnit> units = directory.unitsInScope(campaign.scope(), campaign.year());
        Map<String, KnownArea> areas = directory.areas();
        Map<String, Integer> perBlock = new HashMap<>();
        Map<String, Integer> perArea = new HashMap<>();
        for (KnownUnit unit : units) {
            if (unit.blockIn(campaign.year()) != null) {
                perBlock.merge(unit.blockIn(campaign.year()), 1, Integer::sum);
            }
            if (unit.areaId() != null) {
                MembershipRepository.areaAndAbove(unit.areaId(), areas).forEach(a -> perArea.merge(a, 1, Integer::sum));
            }
        }
        Map<String, KnownBlock> blocks = directory.blocks(campaign.year());
        List<Figures> byBlock = keys(perBlock, rows.get(Dimension.BLOCK)).stream()
                .map(b -> Figures.of(b, blocks.containsKey(b) ? blocks.get(b).name() : null, perBlock.getOrDefault(b, 0),
                        rows.get(Dimension.BLOCK).get(b), null))
                .sorted(BY_NAME).toList();
        List<Figures> byArea = keys(perArea, rows.get(Dimension.AREA)).stream()
                .map(a -> Figures.of(a, areas.containsKey(a) ? areas.get(a).name() : null, perArea.getOrDefault(a, 0),
                        rows.get(Dimension.AREA).get(a), null))
                .sorted(BY_NAME).toList();
        List<Figures> byContent = campaign.currentContents().stream()
                .map(c -> Figures.of(String.valueOf(c.number()), c.text(), null,
                        rows.get(Dimension.CONTENT).get(String.valueOf(c.number())), null))
                .toList();
        List<Figures> byProvince = rows.get(Dimension.PROVINCE).values().stream()
                .map(p -> Figures.of(p.key(), p.provinceCampaignCode(), null, p, p.provinceCampaignStatus()))
                .sorted(Comparator.comparing(Figures::key)).toList();
        Figures total = Figures.of("all", campaign.title(), units.size(), rows.get(Dimension.TOTAL).get("all"),
                campaign.status().name());
        return new Dashboard(campaign.id(), campaign.code(), campaign.title(), campaign.status().name(), total, byBlock,
                byArea, byContent, byProvince);
    }

    private static final Comparator<Figures> BY_NAME = Comparator.comparing(Figures::name,
            Comparator.nullsLast(String::compareTo)).thenComparing(Figures::key);

    private static List<String> keys(Map<String, Integer> inScope, Map<String, Participation> counted) {
        return java.util.stream.Stream.concat(inScope.keySet().stream(), counted.keySet().stream()).distinct().toList();
    }

    private Map<Dimension, Map<String, Participation>> rows(String campaignId) {
        Query query = Query.query(where(AggregateStore.TENANT).is(TenantContext.require()).and("campaignId")
                .is(campaignId));
        Map<Dimension, Map<String, Participation>> rows = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            rows.put(d, new HashMap<>());
        }
        mongo.find(query, Participation.class, DashboardRepository.COLLECTION)
                .forEach(r -> rows.get(r.dimension()).put(r.key(), r));
        return rows;
    }
}
