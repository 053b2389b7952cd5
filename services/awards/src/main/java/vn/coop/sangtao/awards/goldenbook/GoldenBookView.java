package vn.coop.sangtao.awards.goldenbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Golden Book cycle as officers see it on a given day: the calendar with each deadline's status,
 * and the dossier's works with whether each was nominated and its outcome: the one an officer
 * recorded, else the national alliance's decision, else pending.
 */
public record GoldenBookView(int year, List<DeadlineCalendar.Entry> calendar, List<Work> works,
                             List<ExcludedWork> excluded, Instant compiledAt, String compiledBy) {

    /** Where a work's outcome comes from. */
    public enum Source { RECORDED, NATIONAL_DECISION }

    public record Work(String initiativeId, String title, String kind, String level, List<String> authorNames,
                       boolean nominated, WorkOutcome outcome, String publishedIn, Source outcomeSource,
                       Instant outcomeAt, String outcomeBy) {
    }

    static GoldenBookView of(GoldenBookCycle cycle, Map<String, KnownWork> known, LocalDate today, int dueSoonDays) {
        List<Work> works = cycle.works().stream().map(w -> work(w, known.get(w.initiativeId()))).toList();
        return new GoldenBookView(cycle.year(), DeadlineCalendar.on(today, dueSoonDays, cycle.deadlines(),
                doneByFacts(cycle, works)), works, cycle.excluded(), cycle.compiledAt(), cycle.compiledBy());
    }

    private static Work work(DossierWork w, KnownWork known) {
        boolean nominated = known != null && known.nominatedYear() != null;
        if (w.outcomeAt() != null) {
            return new Work(w.initiativeId(), w.title(), w.kind(), w.level(), w.authorNames(), nominated, w.outcome(),
                    w.publishedIn(), Source.RECORDED, w.outcomeAt(), w.outcomeBy());
        }
        if (known != null && known.nationalOutcome() != null) {
            return new Work(w.initiativeId(), w.title(), w.kind(), w.level(), w.authorNames(), nominated,
                    known.nationalOutcome(), known.publishedIn(), Source.NATIONAL_DECISION, null, null);
        }
        return new Work(w.initiativeId(), w.title(), w.kind(), w.level(), w.authorNames(), nominated,
                WorkOutcome.PENDING, null, null, null, null);
    }

    /**
     * The deadlines the facts show done: the dossier once compiled, the nomination once every work
     * of it is nominated, the publication once every nominated work's outcome is known.
     */
    private static Set<String> doneByFacts(GoldenBookCycle cycle, List<Work> works) {
        Set<String> done = new HashSet<>();
        if (cycle.compiledAt() != null) {
            done.add(Deadline.DOSSIER);
        }
        if (!works.isEmpty() && works.stream().allMatch(Work::nominated)) {
            done.add(Deadline.NOMINATION);
        }
        List<Work> nominated = works.stream().filter(Work::nominated).toList();
        if (!nominated.isEmpty() && nominated.stream().allMatch(w -> w.outcome() != WorkOutcome.PENDING)) {
            done.add(Deadline.PUBLICATION);
        }
        return done;
    }
}
