package vn.coop.sangtao.awards.review;

/**
 * A unit that led its emulation block when the review closed: the natural candidate for the block's
 * emulation flag (Cờ thi đua). Units tied for first are each a candidate.
 */
public record FlagCandidate(String blockId, String blockName, String unitId, String unitName, double total) {
}
