package vn.coop.sangtao.awards.goldenbook;

import java.time.Instant;
import java.util.List;

/**
 * The payload of every Golden Book cycle event: the cycle after the step. {@code deadline} names
 * the deadline marked done, {@code initiativeId} the work whose outcome was recorded.
 */
public record GoldenBookChanged(String cycleId, String tenantId, int year, List<Deadline> deadlines,
                                List<DossierWork> works, List<ExcludedWork> excluded, Instant compiledAt,
                                String deadline, String initiativeId, Instant at) {

    public static final String CALENDAR_SET = "vn.coop.sangtao.golden-book.calendar-set.v1";
    public static final String DEADLINE_DONE = "vn.coop.sangtao.golden-book.deadline-done.v1";
    public static final String DOSSIER_COMPILED = "vn.coop.sangtao.golden-book.dossier-compiled.v1";
    public static final String OUTCOME_RECORDED = "vn.coop.sangtao.golden-book.outcome-recorded.v1";

    static GoldenBookChanged of(GoldenBookCycle c, String deadline, String initiativeId, Instant at) {
        return new GoldenBookChanged(c.id(), c.tenantId(), c.year(), c.deadlines(), c.works(), c.excluded(),
                c.compiledAt(), deadline, initiativeId, at);
    }
}
