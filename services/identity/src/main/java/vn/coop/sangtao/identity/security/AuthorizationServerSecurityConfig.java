package vn.coop.sangtao.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import vn.coop.sangtao.identity.config.IdentityProperties;
import vn.coop.sangtao.identity.token.ClaimsUserInfoMapper;

/** The OAuth2/OIDC endpoints: authorize, token, JWK set, discovery, userinfo, revocation, logout. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurityConfig {

	static final String LOGIN_PAGE = "/login";

	/**
	 * The issuer is fixed rather than derived from each request: services validate {@code iss}
	 * against one configured URL, whatever host name a caller used to reach identity.
	 */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, AuthorizationServerSettings settings) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc((oidc) -> oidc.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(new ClaimsUserInfoMapper())));
		});
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated());
		// Whatever Accept header a script sends, an anonymous authorization request goes to the
		// login form; Boot's default only does so for text/html and would answer 401 to curl.
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
				PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint())));
		return http.build();
	}

}
