package vn.coop.sangtao.console.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;

/**
 * Every page needs a signed-in user. Sign-in is OIDC against identity with the authorization code and
 * PKCE; signing out ends the identity session too, so the next person at a shared computer must type
 * a password again. The session cookie has its own name: identity runs on the same host name.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** The console's registration at identity, under which the user's tokens are kept. */
    public static final String REGISTRATION = "console";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                        ConsoleProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri(properties.publicPath("/signed-out"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/signed-out", "/error", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .build();
    }

    /**
     * Built here rather than from an issuer's discovery document, so that the console starts while
     * identity is still starting. The browser goes to the issuer's address; the console itself reaches
     * identity at its own address (the same locally, an internal name in a cluster).
     */
    @Bean
    ClientRegistrationRepository registrations(ConsoleProperties properties) {
        ClientRegistration console = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.publicPath("/login/oauth2/code/{registrationId}"))
                .scope("openid", "profile")
                .authorizationUri(properties.issuerPath("/oauth2/authorize"))
                .tokenUri(properties.identity("/oauth2/token"))
                .jwkSetUri(properties.identity("/oauth2/jwks"))
                .userInfoUri(properties.identity("/userinfo"))
                .userNameAttributeName("sub")
                .issuerUri(properties.issuer())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", properties.issuerPath("/connect/logout")))
                .clientName("Sangtao")
                .build();
        return new InMemoryClientRegistrationRepository(console);
    }

    /** Hands out the signed-in user's access token, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository authorized) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
