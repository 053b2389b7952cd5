package vn.coop.sangtao.awards.review;

import java.util.List;

/** The units ranked first in one emulation block, as campaigns froze them. */
public record BlockLeaders(String blockId, String blockName, List<String> leaderUnitIds) {

    public BlockLeaders {
        leaderUnitIds = leaderUnitIds == null ? List.of() : List.copyOf(leaderUnitIds);
    }
}
