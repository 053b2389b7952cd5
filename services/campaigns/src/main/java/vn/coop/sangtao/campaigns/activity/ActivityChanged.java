package vn.coop.sangtao.campaigns.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The payload of vn.coop.sangtao.activity.recorded.v1 and .changed.v1: what the activity counts
 * for now, and on a change what it counted for before, so that a consumer keeping totals can take
 * the old figures out and put the new ones in without reading anything else. People are counted,
 * never named.
 */
public record ActivityChanged(String activityId, String tenantId, String campaignId, ActivityKind kind, String title,
                              LocalDate date, Map<String, Integer> attendanceByUnit, List<Integer> contentNumbers,
                              Contribution previous) {

    public static final String RECORDED = "vn.coop.sangtao.activity.recorded.v1";
    public static final String CHANGED = "vn.coop.sangtao.activity.changed.v1";

    /** What an activity adds to a campaign's totals: the units that took part with their attendance, and the contents it served. */
    public record Contribution(String campaignId, Map<String, Integer> attendanceByUnit, List<Integer> contentNumbers) {
    }

    static ActivityChanged of(Activity now, Activity before) {
        Contribution previous = before == null ? null
                : new Contribution(before.campaignId(), before.attendanceByUnit(), before.contentNumbers());
        return new ActivityChanged(now.id(), now.tenantId(), now.campaignId(), now.kind(), now.title(), now.date(),
                now.attendanceByUnit(), now.contentNumbers(), previous);
    }
}
