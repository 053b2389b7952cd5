package vn.coop.sangtao.campaigns.review;

import java.util.List;

/** The units of one block in rank order; {@code leaderUnitIds} are those ranked first, more than one on a tie. */
public record BlockRanking(String blockId, String blockName, List<String> leaderUnitIds, List<UnitResult> ranking) {
}
