package vn.coop.sangtao.membership.unit;

import java.util.Set;

/**
 * What a unit search asks for. {@code text} is either the start of a tax code, or an accent-folded
 * fragment of the name; {@code areaIds} holds the area asked for and every area below it.
 */
record UnitSearch(String text, UnitKind kind, Sector sector, UnitStatus status, Set<String> areaIds,
                  String blockId, UnitSort sort, SortDirection direction) {
}
