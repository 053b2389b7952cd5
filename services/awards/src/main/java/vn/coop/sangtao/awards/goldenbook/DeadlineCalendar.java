package vn.coop.sangtao.awards.goldenbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A cycle's deadlines as they stand on a given day. A deadline is done when an officer marked it
 * done, or when the facts show it ({@code doneByFacts}: the dossier compiled, every work nominated,
 * every nominated work's outcome known).
 */
public final class DeadlineCalendar {

    /** One deadline on the day: its status and the days left (negative once it has passed). */
    public record Entry(String key, String title, LocalDate due, DeadlineStatus status, long daysLeft,
                        Instant doneAt, String doneBy, boolean doneByFacts) {
    }

    private DeadlineCalendar() {
    }

    public static List<Entry> on(LocalDate today, int dueSoonDays, List<Deadline> deadlines, Set<String> doneByFacts) {
        return deadlines.stream().sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::key))
                .map(d -> {
                    boolean byFacts = d.doneAt() == null && doneByFacts.contains(d.key());
                    return new Entry(d.key(), d.title(), d.due(),
                            status(d.due(), d.doneAt() != null || byFacts, today, dueSoonDays),
                            ChronoUnit.DAYS.between(today, d.due()), d.doneAt(), d.doneBy(), byFacts);
                }).toList();
    }

    static DeadlineStatus status(LocalDate due, boolean done, LocalDate today, int dueSoonDays) {
        if (done) {
            return DeadlineStatus.DONE;
        }
        if (today.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return today.plusDays(dueSoonDays).isBefore(due) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE_SOON;
    }
}
