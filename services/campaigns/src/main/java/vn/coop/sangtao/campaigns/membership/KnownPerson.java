package vn.coop.sangtao.campaigns.membership;

/** A person of a member unit, as membership announced them; never their phone or email. */
public record KnownPerson(String id, String tenantId, String unitId, String fullName, String status) {

    public boolean left() {
        return "LEFT".equals(status);
    }
}
