package vn.coop.sangtao.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import vn.coop.sangtao.identity.support.IdentityServiceTestBase;
import vn.coop.sangtao.identity.support.Jwts;
import vn.coop.sangtao.identity.support.OAuthBrowser;
import vn.coop.sangtao.identity.support.Pkce;
import vn.coop.sangtao.identity.user.Role;
import vn.coop.sangtao.identity.user.UserAccount;
import vn.coop.sangtao.identity.user.UserRepository;

class AuthorizationCodeFlowTests extends IdentityServiceTestBase {

	private static final String PASSWORD = "sangtao-demo";

	@Autowired
	private UserRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void shouldIssueTokensWithUserTenantAndRolesWhenLoginSucceeds() throws Exception {
		JsonNode tokens = loginAndExchange("nb.admin");

		JWTClaimsSet access = Jwts.claims(tokens.get("access_token").asString());
		assertThat(access.getStringClaim("tenant")).isEqualTo("ninh-binh");
		assertThat(access.getStringListClaim("roles")).containsExactly("TENANT_ADMIN");
		assertThat(access.getStringClaim("preferred_username")).isEqualTo("nb.admin");
		assertThat(access.getStringClaim("name")).isEqualTo("Đinh Văn Khánh");
		assertThat(access.getIssuer()).isEqualTo(ISSUER);
		JWTClaimsSet id = Jwts.claims(tokens.get("id_token").asString());
		assertThat(id.getStringClaim("tenant")).isEqualTo("ninh-binh");
		assertThat(id.getStringListClaim("roles")).containsExactly("TENANT_ADMIN");
		assertThat(id.getAudience()).containsExactly(OAuthBrowser.CLI);
	}

	@Test
	void shouldCarryUnitWhenUnitRepresentativeLogsIn() throws Exception {
		OAuthBrowser browser = browser();
		JsonNode tokens = browser.tokens("nb.unitrep", PASSWORD);

		String accessToken = tokens.get("access_token").asString();
		JWTClaimsSet access = Jwts.claims(accessToken);
		assertThat(access.getStringClaim("unit")).isEqualTo("2701000019");
		assertThat(access.getStringListClaim("roles")).containsExactly("UNIT_REP");
		assertThat(access.getStringClaim("tenant")).isEqualTo("ninh-binh");
		assertThat(Jwts.claims(tokens.get("id_token").asString()).getStringClaim("unit")).isEqualTo("2701000019");
		assertThat(Jwts.json(browser.userInfo(accessToken).body()).get("unit").asString()).isEqualTo("2701000019");
	}

	@Test
	void shouldLeaveUnitOutWhenUserRepresentsNoUnit() throws Exception {
		OAuthBrowser browser = browser();
		JsonNode tokens = browser.tokens("nb.officer", PASSWORD);

		String accessToken = tokens.get("access_token").asString();
		assertThat(Jwts.claims(accessToken).getClaims()).doesNotContainKey("unit");
		assertThat(Jwts.claims(tokens.get("id_token").asString()).getClaims()).doesNotContainKey("unit");
		assertThat(Jwts.json(browser.userInfo(accessToken).body()).has("unit")).isFalse();
	}

	@Test
	void shouldLastOneHourWhenCliTokenIsIssued() {
		assertThat(loginAndExchange("nb.member").get("expires_in").asLong()).isBetween(3590L, 3600L);
	}

	@Test
	void shouldNotIssueCodeWhenPasswordIsWrong() {
		Optional<String> code = browser().login("nb.admin", "wrong-password", Pkce.verifier());

		assertThat(code).isEmpty();
	}

	@Test
	void shouldNotIssueCodeWhenUserIsUnknown() {
		assertThat(browser().login("nobody", PASSWORD, Pkce.verifier())).isEmpty();
	}

	@Test
	void shouldNotIssueCodeWhenAccountIsDisabled() {
		String username = "nb.disabled-" + UUID.randomUUID();
		users.insert(new UserAccount(null, username, passwordEncoder.encode(PASSWORD), "ninh-binh",
				List.of(Role.MEMBER), "Ngô Thị Tắt", false, null));

		assertThat(browser().login(username, PASSWORD, Pkce.verifier())).isEmpty();
	}

	@Test
	void shouldRedirectToLoginWhenAuthorizeIsAnonymous() {
		HttpResponse<String> response = browser().get(browser().authorizePath(Pkce.challenge(Pkce.verifier())));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(OAuthBrowser.location(response)).endsWith("/login");
	}

	@Test
	void shouldRejectExchangeWhenVerifierDoesNotMatch() {
		OAuthBrowser browser = browser();
		String code = browser.login("nb.officer", PASSWORD, Pkce.verifier()).orElseThrow();

		HttpResponse<String> response = browser.exchange(code, Pkce.verifier());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("invalid_grant");
	}

	@Test
	void shouldAnswerTenantAndRolesWhenUserInfoIsAsked() throws Exception {
		String accessToken = loginAndExchange("qt.officer").get("access_token").asString();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/userinfo"))
			.header("Authorization", "Bearer " + accessToken)
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode userInfo = Jwts.json(response.body());
		assertThat(userInfo.get("tenant").asString()).isEqualTo("quang-tri");
		assertThat(userInfo.get("roles").get(0).asString()).isEqualTo("EMULATION_OFFICER");
		assertThat(userInfo.get("name").asString()).isEqualTo("Hồ Thị Mỹ Linh");
	}

	private JsonNode loginAndExchange(String username) {
		OAuthBrowser browser = browser();
		String verifier = Pkce.verifier();
		String code = browser.login(username, PASSWORD, verifier).orElseThrow();
		HttpResponse<String> response = browser.exchange(code, verifier);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jwts.json(response.body());
	}

}
