package vn.coop.sangtao.console.web;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;
import java.util.Set;

/**
 * Who is signed in, from identity's claims: which province (tenant) they belong to, their roles and,
 * for a unit representative, their unit. Pages use it only to decide what to offer; the services
 * decide what is allowed.
 */
public record CurrentUser(String username, String name, String tenant, Set<String> roles, String unit) {

    static CurrentUser of(OidcUser user) {
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        String name = user.getFullName() != null ? user.getFullName() : username;
        List<String> roles = user.getClaimAsStringList("roles");
        return new CurrentUser(username, name, user.getClaimAsString("tenant"),
                roles == null ? Set.of() : Set.copyOf(roles), user.getClaimAsString("unit"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Provincial (or national) staff: emulation officers and tenant admins. */
    public boolean isStaff() {
        return has("EMULATION_OFFICER") || has("TENANT_ADMIN");
    }

    public boolean isCouncil() {
        return has("COUNCIL_MEMBER");
    }

    public boolean isNational() {
        return has("NATIONAL_OFFICER");
    }

    public boolean isPlatformAdmin() {
        return has("PLATFORM_ADMIN");
    }

    /** Members and unit representatives submit initiatives; staff may too, for a unit. */
    public boolean canSubmit() {
        return has("MEMBER") || has("UNIT_REP") || isStaff();
    }
}
