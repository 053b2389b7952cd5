package vn.coop.sangtao.campaigns.review;

import vn.coop.sangtao.campaigns.membership.KnownBlock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks units within their blocks by total, highest first. Units with equal totals share a rank
 * and the next rank skips (1, 1, 3), and among them the order is by name, so that a ranking never
 * depends on the order scores were stored in.
 */
final class Rankings {

    private static final Comparator<UnitResult> ORDER = Comparator.comparingDouble(UnitResult::total).reversed()
            .thenComparing(UnitResult::unitName, Comparator.nullsLast(String::compareTo))
            .thenComparing(UnitResult::unitId);

    private Rankings() {
    }

    /** The blocks in name order, each with its ranking; {@code results} keep their block but no rank yet. */
    static List<BlockRanking> byBlock(List<UnitResult> results, Map<String, KnownBlock> blocks) {
        Map<String, List<UnitResult>> grouped = new LinkedHashMap<>();
        results.stream().filter(r -> r.blockId() != null).sorted(ORDER)
                .forEach(r -> grouped.computeIfAbsent(r.blockId(), b -> new ArrayList<>()).add(r));
        List<BlockRanking> rankings = new ArrayList<>();
        grouped.forEach((blockId, members) -> {
            List<UnitResult> ranked = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                UnitResult r = members.get(i);
                int rank = i > 0 && members.get(i - 1).total() == r.total() ? ranked.get(i - 1).blockRank() : i + 1;
                ranked.add(new UnitResult(r.unitId(), r.unitName(), blockId, r.base(), r.bonus(), r.total(), rank));
            }
            List<String> leaders = ranked.stream().filter(r -> r.blockRank() == 1).map(UnitResult::unitId).toList();
            KnownBlock block = blocks.get(blockId);
            rankings.add(new BlockRanking(blockId, block == null ? null : block.name(), leaders, List.copyOf(ranked)));
        });
        rankings.sort(Comparator.comparing(BlockRanking::blockName, Comparator.nullsLast(String::compareTo)));
        return rankings;
    }

    /** Every result with the rank its block gave it, highest total first. */
    static List<UnitResult> withRanks(List<UnitResult> results, List<BlockRanking> blocks) {
        Map<String, UnitResult> ranked = new LinkedHashMap<>();
        blocks.forEach(b -> b.ranking().forEach(r -> ranked.put(r.unitId(), r)));
        return results.stream().map(r -> ranked.getOrDefault(r.unitId(), r)).sorted(ORDER).toList();
    }
}
