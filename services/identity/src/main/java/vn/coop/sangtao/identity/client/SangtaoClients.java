package vn.coop.sangtao.identity.client;

import java.time.Duration;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.coop.sangtao.identity.config.MachineClient;
import vn.coop.sangtao.identity.user.Role;

/** Builds the three kinds of registered clients the platform has. */
final class SangtaoClients {

	static final String CLI = "sangtao-cli";

	static final String CONSOLE = "console";

	private static final String NOOP = "{noop}";

	private final PasswordEncoder passwordEncoder;

	SangtaoClients(PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
	}

	/** Public client of scripts and end-to-end tests: the browser flow, PKCE instead of a secret. */
	RegisteredClient cli(String redirectUri) {
		return RegisteredClient.withId(CLI)
			.clientId(CLI)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
			.build();
	}

	/** The web console: confidential, yet PKCE is still required as OAuth 2.1 recommends. */
	RegisteredClient console(String secret, String redirectUri, String postLogoutRedirectUri) {
		return RegisteredClient.withId(CONSOLE)
			.clientId(CONSOLE)
			.clientSecret(encodeSecret(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(redirectUri)
			.postLogoutRedirectUri(postLogoutRedirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(Duration.ofMinutes(30))
				.refreshTokenTimeToLive(Duration.ofHours(8))
				.reuseRefreshTokens(false)
				.build())
			.build();
	}

	/** An integration of one tenant: client credentials only, tenant and roles fixed by config. */
	RegisteredClient machine(MachineClient machine) {
		validate(machine);
		return RegisteredClient.withId(machine.clientId())
			.clientId(machine.clientId())
			.clientSecret(encodeSecret(machine.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder()
				.requireAuthorizationConsent(false)
				.setting(ClientClaimSettings.TENANT, machine.tenant())
				.setting(ClientClaimSettings.ROLES, machine.roles())
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
			.build();
	}

	/**
	 * Config may carry {@code {noop}} or bare secrets for convenience; they are hashed here so that
	 * no plain secret stays in memory. A value that already names another encoder is kept.
	 */
	private String encodeSecret(String configured) {
		if (configured.startsWith(NOOP)) {
			return passwordEncoder.encode(configured.substring(NOOP.length()));
		}
		if (configured.startsWith("{")) {
			return configured;
		}
		return passwordEncoder.encode(configured);
	}

	/** Fails the start on a broken entry rather than issuing tokens without a tenant. */
	private static void validate(MachineClient machine) {
		requireText(machine.clientId(), "clientId");
		requireText(machine.secret(), "secret of " + machine.clientId());
		requireText(machine.tenant(), "tenant of " + machine.clientId());
		machine.roles().forEach(Role::valueOf);
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("sangtao.identity.machine-clients: " + what + " is missing");
		}
	}

}
