package vn.coop.sangtao.membership.unit.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.unit.UnitStatus;

import java.time.LocalDate;

/** A new membership status of a unit, effective from a date, with the reason (e.g. the decision). */
public record ChangeStatusRequest(@NotNull UnitStatus status, @NotNull LocalDate effectiveFrom,
                                  @Size(max = 1000) String reason) {
}
