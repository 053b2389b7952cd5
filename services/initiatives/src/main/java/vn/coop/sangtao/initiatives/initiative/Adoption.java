package vn.coop.sangtao.initiatives.initiative;

import java.time.LocalDate;

/** A unit that replicated an initiative, from when, and the benefit it measured. */
public record Adoption(String unitId, String unitName, LocalDate adoptedOn, Long benefitVnd, String note) {
}
