package vn.coop.sangtao.initiatives.initiative;

/** A reviewer's marks out of 100 on the three criteria of the rubric. */
public record Scores(int novelty, int applicability, int effectiveness) {
}
