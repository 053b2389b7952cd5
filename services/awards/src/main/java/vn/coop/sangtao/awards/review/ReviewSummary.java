package vn.coop.sangtao.awards.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A closed review in a list: what it was and its flag candidates, without every unit's result. */
public record ReviewSummary(String id, String campaignId, String campaignCode, String campaignTitle, String kind,
                            String title, LocalDate from, LocalDate to, int year, Instant closedAt,
                            List<FlagCandidate> flagCandidates) {
}
