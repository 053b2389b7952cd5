package vn.coop.sangtao.awards.round;

/** What a commendation round follows: a 6-month or year-end review (merit), or an event (thematic). */
public enum RoundKind {
    SIX_MONTH, YEAR_END, EVENT;

    /** Awards of a thematic round never count towards merit awards. */
    public boolean thematic() {
        return this == EVENT;
    }
}
