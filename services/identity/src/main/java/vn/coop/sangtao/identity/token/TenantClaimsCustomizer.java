package vn.coop.sangtao.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.coop.sangtao.identity.client.ClientClaimSettings;
import vn.coop.sangtao.identity.tenant.ResolvedTenant;
import vn.coop.sangtao.identity.tenant.TenantResolver;
import vn.coop.sangtao.identity.user.UserAccount;
import vn.coop.sangtao.identity.user.UserRepository;

/**
 * Puts {@code tenant}, {@code roles}, {@code preferred_username}, {@code name} and, for a unit
 * representative, {@code unit} into access and ID tokens. Users are read from the store when the
 * token is minted (also on refresh), so a role change or a disabled account takes effect with the
 * next token rather than the next login. The tenant follows membership: a merged tenant's people
 * and machines get the survivor, a retired tenant's get no token at all.
 */
@Component
class TenantClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final UserRepository users;

	private final TenantResolver tenants;

	TenantClaimsCustomizer(UserRepository users, TenantResolver tenants) {
		this.users = users;
		this.tenants = tenants;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (!carriesIdentity(context.getTokenType())) {
			return;
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			RegisteredClient client = context.getRegisteredClient();
			String tenant = usableTenant(ClientClaimSettings.tenant(client), OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
			addClaims(context, client.getClientId(), client.getClientId(), tenant, ClientClaimSettings.roles(client));
			return;
		}
		UserAccount user = users.findByUsername(context.getPrincipal().getName())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
		String tenant = usableTenant(user.tenant(), OAuth2ErrorCodes.INVALID_GRANT);
		addClaims(context, user.username(), user.displayName(), tenant, user.roleNames());
		if (user.unitTaxCode() != null) {
			context.getClaims().claim(SangtaoClaims.UNIT, user.unitTaxCode());
		}
	}

	/** The tenant the token names, or the given OAuth2 error when that tenant is retired. */
	private String usableTenant(String stored, String errorWhenRetired) {
		ResolvedTenant tenant = tenants.resolve(stored);
		if (tenant.retired()) {
			throw new OAuth2AuthenticationException(errorWhenRetired);
		}
		return tenant.id();
	}

	private static boolean carriesIdentity(OAuth2TokenType type) {
		return OAuth2TokenType.ACCESS_TOKEN.equals(type) || OidcParameterNames.ID_TOKEN.equals(type.getValue());
	}

	private static void addClaims(JwtEncodingContext context, String username, String name, String tenant,
			List<String> roles) {
		context.getClaims()
			.claim(SangtaoClaims.TENANT, tenant)
			.claim(SangtaoClaims.ROLES, List.copyOf(roles))
			.claim(SangtaoClaims.PREFERRED_USERNAME, username)
			.claim(SangtaoClaims.NAME, name);
	}

}
