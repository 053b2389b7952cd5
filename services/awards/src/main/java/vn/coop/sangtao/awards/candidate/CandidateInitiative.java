package vn.coop.sangtao.awards.candidate;

import java.time.Instant;
import java.util.List;

/**
 * An initiative submitted this year, as awards learned it from the initiatives service: the pool
 * from which typical initiatives and Golden Book nominations are later drawn, and evidence for
 * proposals of its authors.
 */
public record CandidateInitiative(String id, String tenantId, String title, String kind, int year,
                                  String applyingUnitId, List<String> authorNames, Instant submittedAt) {
}
