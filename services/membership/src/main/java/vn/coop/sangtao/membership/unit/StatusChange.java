package vn.coop.sangtao.membership.unit;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a unit's dated status history: what it became, from when, why, and who recorded it. */
public record StatusChange(UnitStatus status, LocalDate effectiveFrom, String reason, String changedBy,
                           Instant changedAt) {
}
