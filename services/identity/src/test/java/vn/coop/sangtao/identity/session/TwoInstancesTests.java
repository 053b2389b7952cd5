package vn.coop.sangtao.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import vn.coop.sangtao.identity.IdentityApplication;
import vn.coop.sangtao.identity.support.IdentityServiceTestBase;
import vn.coop.sangtao.identity.support.Jwts;
import vn.coop.sangtao.identity.support.OAuthBrowser;
import vn.coop.sangtao.identity.support.Pkce;

/**
 * Two identity instances over one store, as behind a load balancer that may send each request of a
 * sign-in to either: the login posted to one continues the authorization request the other
 * remembered, the code one issues is exchanged at the other, and a refresh token works at either.
 */
class TwoInstancesTests extends IdentityServiceTestBase {

	private static final String CONSOLE = "console:console-local-secret";

	private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/console";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

	private static ConfigurableApplicationContext second;

	@Autowired
	private Environment environment;

	@BeforeEach
	void startSecondInstance() {
		if (second == null) {
			second = new SpringApplicationBuilder(IdentityApplication.class).profiles("local")
				.run("--server.port=0", "--sangtao.identity.issuer=" + ISSUER,
						"--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
						"--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
						// no tenant-event consumer: closing a context whose Kafka binder metrics are still
						// computing their first lag can deadlock (KafkaBinderMetrics.close holds the lock
						// the lag task waits for, and waits for the map entry that task holds)
						"--spring.cloud.function.definition=", "--spring.cloud.stream.function.autodetect=false");
		}
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void shouldFinishOnOneInstanceASignInBegunOnTheOtherAndRefreshAtEither() {
		OAuthBrowser first = browser();
		OAuthBrowser other = first.at("http://localhost:" + second.getEnvironment().getProperty("local.server.port"));
		String verifier = Pkce.verifier();

		HttpResponse<String> toLogin = first.get("/oauth2/authorize?response_type=code&client_id=console"
				+ "&redirect_uri=" + REDIRECT + "&scope=openid%20profile&state=s1&code_challenge_method=S256"
				+ "&code_challenge=" + Pkce.challenge(verifier));
		Matcher csrf = CSRF.matcher(first.get(OAuthBrowser.location(toLogin)).body());
		assertThat(csrf.find()).isTrue();
		String resume = OAuthBrowser.location(other.postForm("/login",
				Map.of("username", "nb.officer", "password", "sangtao-demo", "_csrf", csrf.group(1)), null));
		assertThat(resume).contains("/oauth2/authorize");
		Matcher code = CODE.matcher(OAuthBrowser.location(other.get(resume.substring(resume.indexOf("/oauth2/")))));
		assertThat(code.find()).isTrue();

		HttpResponse<String> issued = first.postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
				"code", code.group(1), "redirect_uri", REDIRECT, "code_verifier", verifier), CONSOLE);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		String refreshToken = Jwts.json(issued.body()).get("refresh_token").asString();

		HttpResponse<String> refreshed = other.postForm("/oauth2/token",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), CONSOLE);
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		JsonNode tokens = Jwts.json(refreshed.body());
		assertThat(Jwts.claims(tokens.get("access_token").asString()).getClaim("tenant")).isEqualTo("ninh-binh");
		// refresh tokens are not reused: the one just spent is refused wherever it is tried again
		assertThat(first.postForm("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token",
				refreshToken), CONSOLE).statusCode()).isEqualTo(400);
	}

}
