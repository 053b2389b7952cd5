package vn.coop.sangtao.awards.fact;

/** Who a proposal is for: a member unit (a collective) or a person (an individual). */
public record Nominee(Kind kind, String id, String name) {

    public enum Kind {
        UNIT, PERSON
    }
}
