package vn.coop.sangtao.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import vn.coop.sangtao.identity.support.IdentityServiceTestBase;
import vn.coop.sangtao.identity.support.Jwts;
import vn.coop.sangtao.identity.support.OAuthBrowser;

class ClientCredentialsTokenTests extends IdentityServiceTestBase {

	@Test
	void shouldIssueJwtWithTenantAndRolesWhenMachineClientAuthenticates() throws Exception {
		HttpResponse<String> response = token("nb-integration:nb-integration-secret");

		assertThat(response.statusCode()).isEqualTo(200);
		JWTClaimsSet claims = Jwts.claims(Jwts.json(response.body()).get("access_token").asString());
		assertThat(claims.getStringClaim("tenant")).isEqualTo("ninh-binh");
		assertThat(claims.getStringListClaim("roles")).containsExactly("INTEGRATION");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("nb-integration");
		assertThat(claims.getIssuer()).isEqualTo(ISSUER);
		assertThat(claims.getSubject()).isEqualTo("nb-integration");
	}

	@Test
	void shouldCarryOwnTenantWhenOtherProvinceClientAuthenticates() throws Exception {
		HttpResponse<String> response = token("qt-integration:qt-integration-secret");

		JWTClaimsSet claims = Jwts.claims(Jwts.json(response.body()).get("access_token").asString());
		assertThat(claims.getStringClaim("tenant")).isEqualTo("quang-tri");
	}

	@Test
	void shouldAnswer401WhenClientSecretIsWrong() {
		HttpResponse<String> response = token("nb-integration:not-the-secret");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void shouldAnswer401WhenClientIsUnknown() {
		assertThat(token("nobody:whatever").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldVerifyAgainstPublishedKeysWhenTokenIsIssued() {
		String accessToken = Jwts.json(token("nb-integration:nb-integration-secret").body())
			.get("access_token")
			.asString();

		Jwt verified = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks")
			.build()
			.decode(accessToken);

		assertThat(verified.getClaimAsString("tenant")).isEqualTo("ninh-binh");
		assertThat(verified.getHeaders()).containsKey("kid");
	}

	private HttpResponse<String> token(String basicAuth) {
		OAuthBrowser client = browser();
		return client.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"), basicAuth);
	}

}
