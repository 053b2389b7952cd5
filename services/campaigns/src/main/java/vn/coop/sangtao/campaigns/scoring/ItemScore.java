package vn.coop.sangtao.campaigns.scoring;

import java.time.Instant;
import java.util.List;

/** A criterion's scores on one sheet: what the unit claimed with its evidence, and what the officer verified. */
public record ItemScore(String code, Double selfScore, List<Evidence> evidence, Instant selfAssessedAt,
                        String selfAssessedBy, Double verifiedScore, String note, Instant verifiedAt,
                        String verifiedBy) {

    static ItemScore blank(String code) {
        return new ItemScore(code, null, List.of(), null, null, null, null, null, null);
    }

    ItemScore selfAssessed(double score, List<Evidence> shown, Instant at, String by) {
        return new ItemScore(code, score, List.copyOf(shown), at, by, verifiedScore, note, verifiedAt, verifiedBy);
    }

    ItemScore verified(double score, String remark, Instant at, String by) {
        return new ItemScore(code, selfScore, evidence, selfAssessedAt, selfAssessedBy, score, remark, at, by);
    }
}
