package vn.coop.sangtao.campaigns.dashboard;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.campaign.ParentCampaign;
import vn.coop.sangtao.campaigns.membership.KnownArea;
import vn.coop.sangtao.campaigns.membership.KnownUnit;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.campaigns.pledge.Pledge;
import vn.coop.sangtao.platform.messaging.AppliedEvents;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies campaigns' own events to the dashboard rows. Each row takes an event at most once
 * ({@link AppliedEvents}), so a redelivery changes nothing; a row of a cascaded campaign's province
 * is written in the national tenant, from the province's events, never by reading across tenants.
 */
@Repository
public class DashboardRepository {

    static final String COLLECTION = "participation";

    private final AppliedEvents applied;
    private final CampaignService campaigns;
    private final MembershipRepository directory;

    DashboardRepository(MongoTemplate mongo, CampaignService campaigns, MembershipRepository directory) {
        this.applied = new AppliedEvents(mongo);
        this.campaigns = campaigns;
        this.directory = directory;
    }

    /** The province row of a cascaded campaign names the province's campaign and its status. */
    public void campaignChanged(String eventId, String campaignId, String code, String status, ParentCampaign parent) {
        if (parent == null) {
            return;
        }
        String province = TenantContext.require();
        TenantContext.runAs(parent.tenantId(), () -> applied.applyOnce(COLLECTION,
                Participation.idOf(parent.campaignId(), Dimension.PROVINCE, province), eventId,
                row(parent.campaignId(), Dimension.PROVINCE, province).set("provinceCampaignId", campaignId)
                        .set("provinceCampaignCode", code).set("provinceCampaignStatus", status)));
    }

    /**
     * Moves a unit's pledge from the status it left to the one it is in. The targets of an approved
     * pledge count in the total and under the content each serves.
     */
    public void pledgeChanged(String eventId, String campaignId, String unitId, String from, String to,
                              List<Pledge.Target> approvedTargets) {
        if (from.equals(to)) {
            return; // sent again while still awaiting a decision: the counts stand
        }
        Campaign campaign = campaigns.get(campaignId);
        Map<Key, Update> rows = new LinkedHashMap<>();
        for (Key key : keysOf(campaign, List.of(unitId)).get(unitId)) {
            Update update = rows.computeIfAbsent(key, k -> new Update());
            if (!"NOT_SENT".equals(from)) {
                update.inc("pledges." + from, -1);
            }
            update.inc("pledges." + to, 1);
            if (key.dimension() == Dimension.TOTAL) {
                update.inc("targets", approvedTargets.size());
            }
        }
        approvedTargets.stream().filter(t -> t.contentNumber() != null).forEach(t -> rows.computeIfAbsent(
                new Key(Dimension.CONTENT, String.valueOf(t.contentNumber())), k -> new Update()).inc("targets", 1));
        write(eventId, campaign, rows);
    }

    /** Takes out what an activity counted for before, and puts in what it counts for now. */
    public void activityChanged(String eventId, String campaignId, Map<String, Integer> attendance,
                                List<Integer> contents, String previousCampaignId,
                                Map<String, Integer> previousAttendance, List<Integer> previousContents) {
        if (previousCampaignId != null) {
            count(eventId, campaigns.get(previousCampaignId), previousAttendance, previousContents, -1);
        }
        if (campaignId != null) {
            count(eventId, campaigns.get(campaignId), attendance, contents, 1);
        }
    }

    private void count(String eventId, Campaign campaign, Map<String, Integer> attendance, List<Integer> contents,
                       int sign) {
        Map<Key, long[]> totals = new LinkedHashMap<>();
        Map<String, Set<Key>> keys = keysOf(campaign, attendance.keySet());
        attendance.forEach((unitId, people) -> {
            for (Key key : keys.get(unitId)) {
                totals.computeIfAbsent(key, k -> new long[1])[0] += people;
            }
        });
        long everyone = attendance.values().stream().mapToLong(Integer::longValue).sum();
        totals.computeIfAbsent(new Key(Dimension.TOTAL, "all"), k -> new long[1]);
        contents.forEach(n -> totals.put(new Key(Dimension.CONTENT, String.valueOf(n)), new long[]{everyone}));
        Map<Key, Update> rows = new LinkedHashMap<>();
        totals.forEach((key, people) -> rows.put(key, new Update().inc("activities", sign)
                .inc("attendance", sign * people[0])));
        // the event may take out and put in on the same rows, so each half is its own guarded write
        write(eventId + (sign < 0 ? "-out" : "-in"), campaign, rows);
    }

    private record Key(Dimension dimension, String key) {
    }

    /**
     * The rows each unit's figures go to: the campaign total, the unit's block that year, and its area
     * and those above it. The units and areas are read once for the event, whatever its size.
     */
    private Map<String, Set<Key>> keysOf(Campaign campaign, Collection<String> unitIds) {
        Map<String, KnownUnit> units = directory.units(unitIds);
        Map<String, KnownArea> areas = units.values().stream().anyMatch(u -> u.areaId() != null)
                ? directory.areas() : Map.of();
        Map<String, Set<Key>> keys = new LinkedHashMap<>();
        for (String unitId : unitIds) {
            Set<Key> rows = new LinkedHashSet<>();
            rows.add(new Key(Dimension.TOTAL, "all"));
            KnownUnit unit = units.get(unitId);
            if (unit != null && unit.blockIn(campaign.year()) != null) {
                rows.add(new Key(Dimension.BLOCK, unit.blockIn(campaign.year())));
            }
            if (unit != null && unit.areaId() != null) {
                MembershipRepository.areaAndAbove(unit.areaId(), areas).forEach(a -> rows.add(new Key(Dimension.AREA, a)));
            }
            keys.put(unitId, rows);
        }
        return keys;
    }

    /** Writes each row once for this event; the campaign total is copied to the province row of a cascaded campaign. */
    private void write(String eventId, Campaign campaign, Map<Key, Update> rows) {
        rows.forEach((key, update) -> applied.applyOnce(COLLECTION,
                Participation.idOf(campaign.id(), key.dimension(), key.key()), eventId,
                withRow(update, campaign.id(), key.dimension(), key.key())));
        Update total = rows.get(new Key(Dimension.TOTAL, "all"));
        ParentCampaign parent = campaign.parent();
        if (total != null && parent != null) {
            String province = campaign.tenantId();
            Update copy = new Update();
            org.bson.Document increments = total.getUpdateObject().get("$inc", org.bson.Document.class);
            if (increments != null) {
                increments.forEach((field, by) -> copy.inc(field, (Number) by));
            }
            TenantContext.runAs(parent.tenantId(), () -> applied.applyOnce(COLLECTION,
                    Participation.idOf(parent.campaignId(), Dimension.PROVINCE, province), eventId,
                    withRow(copy, parent.campaignId(), Dimension.PROVINCE, province)));
        }
    }

    private static Update row(String campaignId, Dimension dimension, String key) {
        return withRow(new Update(), campaignId, dimension, key);
    }

    private static Update withRow(Update update, String campaignId, Dimension dimension, String key) {
        return update.set("campaignId", campaignId).set("dimension", dimension).set("key", key);
    }
}
