package vn.coop.sangtao.identity.token;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * The default userinfo response only knows standard claims; OIDC clients such as the console
 * merge userinfo into the user, so it must repeat the tenant, roles and unit of the ID token.
 */
public final class ClaimsUserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

	@Override
	public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
		OAuth2Authorization.Token<OidcIdToken> idToken = context.getAuthorization().getToken(OidcIdToken.class);
		Map<String, Object> source = idToken.getToken().getClaims();
		Map<String, Object> claims = new LinkedHashMap<>();
		SangtaoClaims.USER_INFO.stream()
			.filter(source::containsKey)
			.forEach((name) -> claims.put(name, source.get(name)));
		return new OidcUserInfo(claims);
	}

}
