package vn.coop.sangtao.initiatives.decision;

import java.time.LocalDate;

/** One initiative on the statutory clock: accepted on a day, a decision due three months later. */
public record ClockEntry(String initiativeId, String title, LocalDate acceptedOn, LocalDate decisionDue, long daysLeft,
                         boolean overdue) {
}
