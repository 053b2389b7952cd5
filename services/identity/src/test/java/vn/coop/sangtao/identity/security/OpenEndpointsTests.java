package vn.coop.sangtao.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.coop.sangtao.identity.support.IdentityServiceTestBase;
import vn.coop.sangtao.identity.support.Jwts;
import vn.coop.sangtao.identity.support.OAuthBrowser;

class OpenEndpointsTests extends IdentityServiceTestBase {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void shouldAnswerUpWithoutTokenWhenHealthIsProbed(String path) {
		HttpResponse<String> response = browser().get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jwts.json(response.body()).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void shouldExposeMetricsWithoutTokenWhenPrometheusScrapes() {
		HttpResponse<String> response = browser().get("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void shouldPublishConfiguredIssuerWhenDiscoveryIsRead() {
		HttpResponse<String> response = browser().get("/.well-known/openid-configuration");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jwts.json(response.body()).get("issuer").asString()).isEqualTo(ISSUER);
	}

	@Test
	void shouldServeLoginFormWithCsrfWhenLoginPageIsRequested() {
		HttpResponse<String> response = browser().get("/login");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"_csrf\"").contains("name=\"username\"");
	}

	@Test
	void shouldAskForTheLoginInVietnameseUnlessEnglishWasChosen() {
		assertThat(browser().get("/login").body()).contains("<html lang=\"vi\">", "<label for=\"password\">Mật khẩu</label>");
		assertThat(browser().get("/login?lang=en").body()).contains("<html lang=\"en\">", "<label for=\"password\">Password</label>");
		assertThat(browser().get("/login?error").body()).contains("role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void shouldRedirectToLoginWhenAnonymousOpensProtectedPage() {
		HttpResponse<String> response = browser().get("/actuator/info");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(OAuthBrowser.location(response)).endsWith("/login");
	}

}
