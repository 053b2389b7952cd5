package vn.coop.sangtao.initiatives.initiative;

import java.time.LocalDate;

/** What the authors write about their initiative, and what every revision keeps a copy of. */
public record Content(String title, String summary, String currentState, String solution, String appliedWhere,
                      LocalDate appliedSince, String scope, Long economicBenefitVnd, String socialBenefit,
                      String field) {
}
