package vn.coop.sangtao.platform.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.coop.sangtao.platform.problem.ProblemResponseWriter;

import java.io.IOException;

/**
 * Puts the tenant of the caller's token into {@link TenantContext} for the request. The tenant
 * comes only from the signed token: a client-sent header never chooses it.
 */
public class TenantFilter extends OncePerRequestFilter {

    public static final String TENANT_CLAIM = "tenant";

    private final ProblemResponseWriter problems;

    public TenantFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            chain.doFilter(request, response);
            return;
        }
        String tenant = jwt.getToken().getClaimAsString(TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "tenant-missing");
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
            chain.doFilter(request, response);
        }
    }
}
