package vn.coop.sangtao.membership.block.web;

import vn.coop.sangtao.membership.block.Block;
import vn.coop.sangtao.membership.unit.MemberUnit;

import java.util.List;

/** A block with its member units, named so a list reads without further calls. */
record BlockResponse(String id, int year, String name, String leaderUnitId, String deputyUnitId,
                     List<Member> members, long version) {

    record Member(String unitId, String name, String taxCode) {
    }

    static BlockResponse of(Block block, List<MemberUnit> units) {
        return new BlockResponse(block.id(), block.year(), block.name(), block.leaderUnitId(), block.deputyUnitId(),
                units.stream().map(u -> new Member(u.id(), u.name(), u.taxCode())).toList(), block.version());
    }
}
