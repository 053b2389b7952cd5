package vn.coop.sangtao.awards.goldenbook;

/**
 * What became of a work of the Golden Book dossier: still awaited, selected by the selection
 * council, not selected, or published in the Golden Book (Sách vàng Sáng tạo Việt Nam).
 */
public enum WorkOutcome {
    PENDING, SELECTED, NOT_SELECTED, PUBLISHED
}
