package vn.coop.sangtao.awards.goldenbook;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeadlineCalendarTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final GoldenBookProperties DEFAULTS = new GoldenBookProperties(14, "06-15", "06-30", "09-02");

    /** The day a clock shows in Vietnam: 23:30 UTC on 19 June is already 20 June there. */
    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), VIETNAM));
    }

    @Test
    void shouldShowTheDossierOverdueTheNominationDueSoonAndThePublicationUpcomingOnTwentiethJune() {
        LocalDate today = today("2027-06-19T23:30:00Z");
        assertThat(today).isEqualTo(LocalDate.of(2027, 6, 20));

        List<DeadlineCalendar.Entry> calendar = DeadlineCalendar.on(today, 14, DEFAULTS.defaults(2027), Set.of());

        assertThat(calendar).extracting(DeadlineCalendar.Entry::key, DeadlineCalendar.Entry::status,
                DeadlineCalendar.Entry::daysLeft).containsExactly(
                tuple(Deadline.DOSSIER, DeadlineStatus.OVERDUE, -5L),
                tuple(Deadline.NOMINATION, DeadlineStatus.DUE_SOON, 10L),
                tuple(Deadline.PUBLICATION, DeadlineStatus.UPCOMING, 74L));
    }

    @Test
    void shouldCountADeadlineDoneWhenMarkedOrWhenTheFactsShowIt() {
        LocalDate today = today("2027-07-05T03:00:00Z");
        List<Deadline> deadlines = DEFAULTS.defaults(2027).stream()
                .map(d -> d.key().equals(Deadline.DOSSIER) ? d.done(Instant.parse("2027-06-10T02:00:00Z"), "officer") : d)
                .toList();

        List<DeadlineCalendar.Entry> calendar = DeadlineCalendar.on(today, 14, deadlines, Set.of(Deadline.NOMINATION));

        assertThat(calendar).extracting(DeadlineCalendar.Entry::status)
                .containsExactly(DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.UPCOMING);
        assertThat(calendar.get(0).doneBy()).isEqualTo("officer");
        assertThat(calendar.get(0).doneByFacts()).isFalse();
        assertThat(calendar.get(1).doneByFacts()).isTrue();
    }

    @Test
    void shouldBeDueSoonOnItsOwnDayAndExactlyTheConfiguredDaysBefore() {
        LocalDate due = LocalDate.of(2027, 6, 30);
        assertThat(DeadlineCalendar.status(due, false, due, 14)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(DeadlineCalendar.status(due, false, due.minusDays(14), 14)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(DeadlineCalendar.status(due, false, due.minusDays(15), 14)).isEqualTo(DeadlineStatus.UPCOMING);
        assertThat(DeadlineCalendar.status(due, false, due.plusDays(1), 14)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(DeadlineCalendar.status(due, true, due.plusDays(1), 14)).isEqualTo(DeadlineStatus.DONE);
    }

    @Property
    void shouldNeverCallADeadlineOverdueBeforeItsDayNorUpcomingWithinTheWindow(
            @ForAll @IntRange(min = -400, max = 400) int daysLeft, @ForAll @IntRange(min = 0, max = 60) int window) {
        LocalDate due = LocalDate.of(2027, 6, 30);
        DeadlineStatus status = DeadlineCalendar.status(due, false, due.minusDays(daysLeft), window);
        assertThat(status).isEqualTo(daysLeft < 0 ? DeadlineStatus.OVERDUE
                : daysLeft <= window ? DeadlineStatus.DUE_SOON : DeadlineStatus.UPCOMING);
    }

    @Test
    void shouldTakeTheDefaultDaysFromTheConfiguration() {
        assertThat(new GoldenBookProperties(7, "05-31", "07-15", "09-02").defaults(2028))
                .extracting(Deadline::due).containsExactly(LocalDate.of(2028, 5, 31), LocalDate.of(2028, 7, 15),
                        LocalDate.of(2028, 9, 2));
    }
}
