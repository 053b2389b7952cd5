package vn.coop.sangtao.awards.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign review (6-month, year-end or event) as campaigns closed it: the frozen results of
 * every assessed unit, the units left unassessed, and the block leaders suggested for emulation
 * flags. Commendation rounds start from it. Its id is the review's, so a redelivered event writes
 * the same record again.
 */
public record ClosedReview(String id, String tenantId, String campaignId, String campaignCode, String campaignTitle,
                           String kind, String title, LocalDate from, LocalDate to, int year, Instant closedAt,
                           List<FlagCandidate> flagCandidates, List<UnitResult> results, List<String> notAssessed) {

    public ClosedReview {
        flagCandidates = flagCandidates == null ? List.of() : List.copyOf(flagCandidates);
        results = results == null ? List.of() : List.copyOf(results);
        notAssessed = notAssessed == null ? List.of() : List.copyOf(notAssessed);
    }

    /** The review with one flag candidate for each leader of each block, in the blocks' order. */
    public static ClosedReview of(String id, String tenantId, String campaignId, String campaignCode,
                                  String campaignTitle, String kind, String title, LocalDate from, LocalDate to,
                                  int year, Instant closedAt, List<BlockLeaders> blocks, List<UnitResult> results,
                                  List<String> notAssessed) {
        Map<String, UnitResult> byUnit = results.stream()
                .collect(Collectors.toMap(UnitResult::unitId, Function.identity(), (a, b) -> a));
        List<FlagCandidate> candidates = blocks.stream()
                .flatMap(b -> b.leaderUnitIds().stream().map(unitId -> candidate(b, unitId, byUnit.get(unitId))))
                .toList();
        return new ClosedReview(id, tenantId, campaignId, campaignCode, campaignTitle, kind, title, from, to, year,
                closedAt, candidates, results, notAssessed);
    }

    private static FlagCandidate candidate(BlockLeaders block, String unitId, UnitResult result) {
        return new FlagCandidate(block.blockId(), block.blockName(), unitId, result == null ? null : result.unitName(),
                result == null ? 0 : result.total());
    }
}
