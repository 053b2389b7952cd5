package vn.coop.sangtao.initiatives.initiative;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A search of initiatives: {@code q} matches title, summary and solution without accents;
 * {@code unitId} finds initiatives a unit applies or authors; {@code areaId} and {@code blockId} those
 * applied by the units of an area or an emulation block.
 */
public record InitiativeFilter(@Size(max = 100) String q, @Min(2000) @Max(2100) Integer year, InitiativeKind kind,
                               @Size(max = 100) String field, InitiativeStatus status, @Size(max = 64) String campaignId,
                               @Size(max = 64) String unitId, @Size(max = 64) String areaId,
                               @Size(max = 64) String blockId, Boolean typical) {
}
