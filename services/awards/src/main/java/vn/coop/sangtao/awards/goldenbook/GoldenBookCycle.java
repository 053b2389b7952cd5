package vn.coop.sangtao.awards.goldenbook;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's Golden Book cycle of one year (Sách vàng Sáng tạo Việt Nam): its calendar of deadlines,
 * the dossier of the year's typical initiatives with the outcome recorded for each, and the works
 * left out because an earlier book published them. Nominating and the national selection happen
 * in the initiatives service; the cycle keeps the calendar and the record. Its id carries the
 * tenant and the year, so each tenant has one cycle a year.
 */
public record GoldenBookCycle(String id, String tenantId, int year, List<Deadline> deadlines, List<DossierWork> works,
                              List<ExcludedWork> excluded, Instant compiledAt, String compiledBy, long version) {

    public static final String TOPIC = "awards.golden-book.events";

    public GoldenBookCycle {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        works = works == null ? List.of() : List.copyOf(works);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    public static String idOf(String tenantId, int year) {
        return tenantId + ":golden-book:" + year;
    }

    /** A cycle not yet stored: the default calendar, no dossier. */
    static GoldenBookCycle fresh(String tenantId, int year, List<Deadline> defaults) {
        return new GoldenBookCycle(idOf(tenantId, year), tenantId, year, defaults, List.of(), List.of(), null, null, -1);
    }

    boolean stored() {
        return version >= 0;
    }

    /** A new calendar; a deadline that keeps its key keeps its done mark. */
    GoldenBookCycle withCalendar(List<Deadline> calendar) {
        Map<String, Deadline> before = deadlines.stream().collect(Collectors.toMap(Deadline::key, Function.identity()));
        List<Deadline> next = calendar.stream().map(d -> {
            Deadline old = before.get(d.key());
            return old == null || old.doneAt() == null ? d : d.done(old.doneAt(), old.doneBy());
        }).toList();
        return new GoldenBookCycle(id, tenantId, year, next, works, excluded, compiledAt, compiledBy, version);
    }

    /** Marks a deadline done; one done already keeps when and by whom it was done. */
    GoldenBookCycle done(String key, Instant at, String by) {
        if (deadlines.stream().noneMatch(d -> d.key().equals(key))) {
            throw ApiProblem.notFound("deadline", key);
        }
        List<Deadline> next = deadlines.stream()
                .map(d -> d.key().equals(key) && d.doneAt() == null ? d.done(at, by) : d).toList();
        return new GoldenBookCycle(id, tenantId, year, next, works, excluded, compiledAt, compiledBy, version);
    }

    /** The dossier compiled afresh: works still in it keep the outcome recorded for them. */
    GoldenBookCycle compiled(List<DossierWork> fresh, List<ExcludedWork> leftOut, Instant at, String by) {
        Map<String, DossierWork> before = works.stream()
                .collect(Collectors.toMap(DossierWork::initiativeId, Function.identity()));
        List<DossierWork> next = new ArrayList<>();
        for (DossierWork work : fresh) {
            DossierWork old = before.get(work.initiativeId());
            next.add(old == null ? work : old.describedAs(work));
        }
        return new GoldenBookCycle(id, tenantId, year, deadlines, next, leftOut, at, by, version);
    }

    /** Records what became of a work of the dossier. */
    GoldenBookCycle outcome(String initiativeId, WorkOutcome outcome, String publishedIn, Instant at, String by) {
        if (works.stream().noneMatch(w -> w.initiativeId().equals(initiativeId))) {
            throw ApiProblem.notFound("work", initiativeId);
        }
        List<DossierWork> next = works.stream().map(w -> w.initiativeId().equals(initiativeId)
                ? w.recorded(outcome, outcome == WorkOutcome.PUBLISHED ? publishedIn : null, at, by) : w).toList();
        return new GoldenBookCycle(id, tenantId, year, deadlines, next, excluded, compiledAt, compiledBy, version);
    }
}
