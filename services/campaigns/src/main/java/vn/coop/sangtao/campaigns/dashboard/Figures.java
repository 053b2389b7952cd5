package vn.coop.sangtao.campaigns.dashboard;

/**
 * One line of a dashboard: for a block, an area, a content, a province or the whole campaign, how
 * many units are in scope, where their pledges stand, and the activities, attendance and approved
 * targets counted for it. {@code name} is the block's, area's or province campaign's name;
 * {@code unitsInScope} and {@code notSent} are null where they do not apply (contents, provinces).
 */
public record Figures(String key, String name, Integer unitsInScope, Long notSent, long submitted, long returned,
                      long approved, long activities, long attendance, long targets, String status) {

    static Figures of(String key, String name, Integer unitsInScope, Participation row, String status) {
        long submitted = row == null ? 0 : row.pledges("SUBMITTED");
        long returned = row == null ? 0 : row.pledges("RETURNED");
        long approved = row == null ? 0 : row.pledges("APPROVED");
        Long notSent = unitsInScope == null ? null : Math.max(0, unitsInScope - submitted - returned - approved);
        return new Figures(key, name, unitsInScope, notSent, submitted, returned, approved,
                row == null ? 0 : Participation.count(row.activities()), row == null ? 0 : Participation.count(row.attendance()),
                row == null ? 0 : Participation.count(row.targets()), status);
    }
}
