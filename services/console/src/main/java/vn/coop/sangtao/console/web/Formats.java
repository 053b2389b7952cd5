package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * How the console writes dates and amounts, whatever the language: dd/MM/yyyy in Vietnam's time zone,
 * and đồng with Vietnamese grouping (1.250.000 ₫). Templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /** A date ({@code 2026-10-20}) or an instant ({@code 2026-10-20T03:00:00Z}) as 20/10/2026. */
    public String date(Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return "";
        }
        String text = String.valueOf(value);
        try {
            return text.length() <= 10 ? LocalDate.parse(text).format(DATE)
                    : Instant.parse(text).atZone(VIETNAM).format(DATE);
        } catch (DateTimeParseException unknown) {
            return text;
        }
    }

    /** An instant as 20/10/2026 10:00, Vietnam time. */
    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return Instant.parse(String.valueOf(value)).atZone(VIETNAM).format(DATE_TIME);
        } catch (DateTimeParseException unknown) {
            return date(value);
        }
    }

    public String vnd(Object amount) {
        if (amount == null || String.valueOf(amount).isBlank()) {
            return "";
        }
        NumberFormat grouping = NumberFormat.getIntegerInstance(VI);
        return grouping.format(Long.parseLong(String.valueOf(amount).split("\\.")[0])) + " ₫";
    }

    /** How many people attended, from an activity's attendance (unit id → the people of it who came). */
    public long attendees(Map<?, ?> attendance) {
        return attendance == null ? 0 : attendance.values().stream()
                .mapToLong(people -> people instanceof Collection<?> list ? list.size() : 0).sum();
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getNumberInstance(VI).format(Double.parseDouble(String.valueOf(value)));
    }
}
