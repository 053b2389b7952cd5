package vn.coop.sangtao.campaigns.dashboard;

import java.util.Map;

/**
 * One row of a campaign's dashboard, kept up to date by events: the pledges by status, the
 * activities and attendance, and the approved targets (per content), of one block, area, content
 * or, for a national campaign, province. A province row also names the province's own campaign.
 */
public record Participation(String id, String campaignId, Dimension dimension, String key,
                            Map<String, Long> pledges, Long activities, Long attendance, Long targets,
                            String provinceCampaignId, String provinceCampaignCode, String provinceCampaignStatus) {

    static String idOf(String campaignId, Dimension dimension, String key) {
        return campaignId + "|" + dimension + "|" + key;
    }

    public long pledges(String status) {
        return pledges == null ? 0 : pledges.getOrDefault(status, 0L);
    }

    /** A counter no event has touched yet is absent from the row: it counts 0. */
    static long count(Long counter) {
        return counter == null ? 0 : counter;
    }
}
