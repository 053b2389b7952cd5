package vn.coop.sangtao.campaigns.campaign;

import java.util.List;

/**
 * The emulation blocks and areas a campaign is rolled out to. A unit is in scope when it sits in
 * one of the blocks in the campaign's year, or in one of the areas or below it; an empty scope
 * takes in every unit of the alliance.
 */
public record Scope(List<String> blockIds, List<String> areaIds) {

    public static final Scope WHOLE_ALLIANCE = new Scope(List.of(), List.of());

    public Scope {
        blockIds = blockIds == null ? List.of() : List.copyOf(blockIds);
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
    }

    public boolean wholeAlliance() {
        return blockIds.isEmpty() && areaIds.isEmpty();
    }
}
