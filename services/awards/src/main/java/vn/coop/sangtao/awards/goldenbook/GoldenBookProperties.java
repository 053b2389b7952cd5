package vn.coop.sangtao.awards.goldenbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Golden Book calendar every tenant starts a year with ({@code sangtao.awards.golden-book.*}):
 * the dossier compiled by {@code dossier-due} (15 June), the nominations sent by
 * {@code nomination-due} (30 June: DOMAIN.md has them due around the end of June or July), the book
 * published around {@code publication-due} (2 September); a deadline is due soon
 * {@code due-soon-days} (14) days ahead. Days are MM-dd. A tenant sets its own calendar per year.
 */
@ConfigurationProperties("sangtao.awards.golden-book")
public record GoldenBookProperties(@DefaultValue("14") int dueSoonDays, @DefaultValue("06-15") String dossierDue,
                                   @DefaultValue("06-30") String nominationDue,
                                   @DefaultValue("09-02") String publicationDue) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public GoldenBookProperties {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("sangtao.awards.golden-book.due-soon-days must not be negative");
        }
        List.of(dossierDue, nominationDue, publicationDue).forEach(day -> MonthDay.parse(day, MONTH_DAY));
    }

    /** The default deadlines of {@code year}. */
    public List<Deadline> defaults(int year) {
        return List.of(
                new Deadline(Deadline.DOSSIER, "Chọn sáng kiến tiêu biểu, lập hồ sơ đề cử Sách vàng Sáng tạo Việt Nam",
                        day(dossierDue, year), null, null),
                new Deadline(Deadline.NOMINATION, "Gửi hồ sơ đề cử về Liên minh Hợp tác xã Việt Nam",
                        day(nominationDue, year), null, null),
                new Deadline(Deadline.PUBLICATION, "Công bố Sách vàng Sáng tạo Việt Nam", day(publicationDue, year),
                        null, null));
    }

    private static LocalDate day(String monthDay, int year) {
        return MonthDay.parse(monthDay, MONTH_DAY).atYear(year);
    }
}
