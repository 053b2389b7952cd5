package vn.coop.sangtao.membership.person;

import java.time.LocalDate;

/** A person's time at one unit; {@code until} is null while they are there. */
public record Assignment(String unitId, LocalDate from, LocalDate until) {
}
