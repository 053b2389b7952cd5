package vn.coop.sangtao.membership.unit;

/** What a unit search asks for; {@code text} is already accent-folded. */
record UnitSearch(String text, UnitKind kind, UnitStatus status, int page, int size) {
}
