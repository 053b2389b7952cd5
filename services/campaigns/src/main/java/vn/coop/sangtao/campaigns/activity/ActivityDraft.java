package vn.coop.sangtao.campaigns.activity;

import java.time.LocalDate;
import java.util.List;

/** What an officer records of an activity: who took part, and the people who attended. */
public record ActivityDraft(String campaignId, ActivityKind kind, String title, LocalDate date, String place,
                            String organiser, List<String> unitIds, List<String> attendeeIds,
                            List<Integer> contentNumbers) {

    public ActivityDraft {
        unitIds = unitIds == null ? List.of() : unitIds.stream().distinct().toList();
        attendeeIds = attendeeIds == null ? List.of() : attendeeIds.stream().distinct().toList();
        contentNumbers = contentNumbers == null ? List.of() : contentNumbers.stream().distinct().sorted().toList();
    }
}
