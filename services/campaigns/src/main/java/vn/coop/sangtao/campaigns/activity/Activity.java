package vn.coop.sangtao.campaigns.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An activity of the movement: a training, a conference, a club meeting. {@code attendance} maps
 * each participating unit to the people of it who attended; a unit can take part with no one on
 * the list yet.
 */
public record Activity(String id, String tenantId, String campaignId, ActivityKind kind, String title, LocalDate date,
                       String place, String organiser, List<String> unitIds, Map<String, List<String>> attendance,
                       List<Integer> contentNumbers, Instant recordedAt, String recordedBy, long version) {

    public static final String TOPIC = "campaigns.activity.events";

    /** How many people of each participating unit attended. */
    public Map<String, Integer> attendanceByUnit() {
        return unitIds.stream().collect(java.util.stream.Collectors.toMap(u -> u,
                u -> attendance.getOrDefault(u, List.of()).size()));
    }

    public int attendees() {
        return attendance.values().stream().mapToInt(List::size).sum();
    }
}
