package vn.coop.sangtao.initiatives.unit;

/** What initiatives knows of a member unit, kept from membership's events. */
public record KnownUnit(String id, String tenantId, String name, String status) {
}
