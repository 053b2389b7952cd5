package vn.coop.sangtao.initiatives.similarity;

/** A similar initiative and how similar, from 0 to 1; {@code tenantId} matters when the nation matches across provinces. */
public record Match(String initiativeId, String tenantId, String title, int year, String status, double score) {
}
