package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;

/** A duplicate folded into the initiative it repeats: it leaves the workflow, the lists and the duplicate checks. */
public record Merge(String intoInitiativeId, String reason, double score, Instant mergedAt, String mergedBy) {
}
