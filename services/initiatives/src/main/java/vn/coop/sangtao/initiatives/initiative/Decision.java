package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;
import java.time.LocalDate;

/** The decision on an initiative: recognised at a level with a decision number and date, or rejected with reasons. */
public record Decision(boolean recognised, RecognitionLevel level, String decisionNumber, LocalDate decisionDate,
                       String reasons, String decidedBy, Instant decidedAt) {
}
