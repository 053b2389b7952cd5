package vn.coop.sangtao.membership.unit;

import jakarta.validation.constraints.Size;

/**
 * A unit search as the caller asks it: {@code q} matches the name without accents, or the start of
 * a tax code; {@code areaId} also finds units of the areas below it. The list and the export take
 * the same filter, so an export holds exactly what the search shows.
 */
public record UnitFilter(@Size(max = 100) String q, UnitKind kind, Sector sector, UnitStatus status,
                         @Size(max = 64) String areaId, @Size(max = 64) String blockId, UnitSort sort,
                         SortDirection direction) {
}
