package vn.coop.sangtao.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.coop.sangtao.platform.problem.ProblemResponseWriter;
import vn.coop.sangtao.platform.tenant.TenantFilter;

/**
 * Every service is a resource server: it validates the JWT itself (zero trust, even behind the
 * gateway), maps the {@code roles} claim to authorities and takes the tenant from the token.
 */
@AutoConfiguration(afterName = "vn.coop.sangtao.platform.config.PlatformWebConfiguration",
        beforeName = {
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    private static final String[] PUBLIC = {
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
        "/api/*/v3/api-docs", "/api/*/v3/api-docs/**", "/api/*/asyncapi/**", "/error"
    };

    @Bean
    SecurityFilterChain sangtaoApiSecurity(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, ex) -> problems.write(req, res, 401, "unauthorized");
        AccessDeniedHandler forbidden = (req, res, ex) -> problems.write(req, res, 403, "forbidden");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterAfter(new TenantFilter(problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName("sub");
        return converter;
    }
}
