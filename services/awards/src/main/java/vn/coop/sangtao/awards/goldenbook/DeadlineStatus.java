package vn.coop.sangtao.awards.goldenbook;

/**
 * Where a deadline stands on a given day: done; overdue once its day has passed undone; due soon
 * within the configured number of days before it (its own day included); upcoming before that.
 */
public enum DeadlineStatus {
    UPCOMING, DUE_SOON, OVERDUE, DONE
}
