package vn.coop.sangtao.initiatives.initiative;

/** A link an officer made to another initiative after a similarity check. */
public record Link(String initiativeId, Relation relation, double score) {

    public enum Relation { DUPLICATE_OF, RELATED }
}
