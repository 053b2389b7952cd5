package vn.coop.sangtao.awards.proposal;

import java.time.Instant;
import java.time.LocalDate;

/** The decision (quyết định) that grants or refuses an award: its number, date and who decided. */
public record Decision(boolean granted, String number, LocalDate date, String body, String decidedBy, Instant at,
                       String reason) {
}
