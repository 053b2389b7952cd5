package vn.coop.sangtao.initiatives.initiative;

/** An author is a person or a whole unit (a collective author). */
public enum AuthorKind {
    PERSON, UNIT
}
