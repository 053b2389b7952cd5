package vn.coop.sangtao.initiatives.person;

/** What initiatives knows of a person of a member unit, kept from membership's events: never their contacts. */
public record KnownPerson(String id, String tenantId, String unitId, String fullName, String status) {
}
