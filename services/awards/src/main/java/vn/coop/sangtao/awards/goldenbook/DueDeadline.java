package vn.coop.sangtao.awards.goldenbook;

import java.time.LocalDate;

/** A deadline of a cycle that is due soon or overdue, with the cycle's year. */
public record DueDeadline(int year, String key, String title, LocalDate due, DeadlineStatus status, long daysLeft) {

    static DueDeadline of(int year, DeadlineCalendar.Entry e) {
        return new DueDeadline(year, e.key(), e.title(), e.due(), e.status(), e.daysLeft());
    }
}
