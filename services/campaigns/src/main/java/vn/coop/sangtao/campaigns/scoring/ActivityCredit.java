package vn.coop.sangtao.campaigns.scoring;

import java.util.List;

/** The activities a signed-off sheet counted for one activity-fed criterion. */
public record ActivityCredit(String criterion, List<String> activityIds) {
}
