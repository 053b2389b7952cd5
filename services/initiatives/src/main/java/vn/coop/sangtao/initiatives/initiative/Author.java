package vn.coop.sangtao.initiatives.initiative;

/**
 * One author and their share of the work in percent. A person author names the unit they belong to,
 * which conflict-of-interest rules and awards need; {@code unitName} is that unit's name as
 * membership announced it, so that readers of the events need not look it up.
 */
public record Author(AuthorKind kind, String refId, String name, String unitId, String unitName, int contribution) {
}
