package vn.coop.sangtao.initiatives.initiative;

/**
 * One author and their share of the work in percent. A person author names the unit they belong to,
 * which conflict-of-interest rules and awards need.
 */
public record Author(AuthorKind kind, String refId, String name, String unitId, int contribution) {
}
