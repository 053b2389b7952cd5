package vn.coop.sangtao.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting: the user or machine client of the current request, or the system for consumers. */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    /** The acting user's name as the token gives it, for audit and authorship. */
    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            String username = jwt.getToken().getClaimAsString("preferred_username");
            return username != null ? username : jwt.getToken().getSubject();
        }
        return SYSTEM;
    }

    /** The tax code of the unit a unit representative acts for (the {@code unit} claim), or null. */
    public static String unit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("unit") : null;
    }

    /** The roles of the acting user, without the ROLE_ prefix. */
    public static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }
}
