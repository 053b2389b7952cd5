package vn.coop.sangtao.awards.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the achievement report (báo cáo thành tích) of a proposal says beside the proposal itself:
 * the facts awards holds about the nominee for the proposal's year. {@code unitName} is a person's
 * unit (null for a collective, or when unknown); {@code members} only for a collective.
 */
record AchievementReport(String unitName, List<Initiative> initiatives, List<Review> reviews, int activities,
                         Members members, List<Earlier> earlierAwards) {

    /** A recognised initiative: its title, the year and level it was recognised at (UNIT, PROVINCIAL, NATIONAL). */
    record Initiative(String title, int year, String level) {
    }

    /** A closed campaign review's result: the score and, when the unit had a block, its rank in the block. */
    record Review(String title, String kind, double total, Integer blockRank) {
    }

    /** A collective's active members, and how many of them hold each award of the year. */
    record Members(int active, List<Held> holding) {
        record Held(String awardName, long count) {
        }
    }

    /** An award of an earlier year; {@code thematic} when it came from a thematic (event) round. */
    record Earlier(int year, String awardName, String decisionNumber, LocalDate decisionDate, boolean thematic) {
    }
}
