package vn.coop.sangtao.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tokens from the real identity service (its jar, started through the Suite API against the store
 * process). Skipped when services/identity/target/identity.jar has not been built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenClientTest {

	@TempDir
	static Path dataDir;

	private RunningSuite suite;

	private TokenClient tokens;

	@BeforeAll
	void startIdentity() {
		Path root = SuiteConfig.findRepoRoot(Path.of(""));
		assumeTrue(Files.isRegularFile(Suite.jar(root, Suite.IDENTITY)),
				"services/identity/target/identity.jar is not built: skipping the token tests");
		this.suite = Suite.start(SuiteConfig.randomPorts().withDataDir(dataDir), Suite.STORE, Suite.IDENTITY);
		this.tokens = new TokenClient(this.suite.identityUrl());
	}

	@AfterAll
	void stop() {
		if (this.suite != null) {
			this.suite.close();
		}
	}

	@Test
	void shouldGetUserTokenWithTenantAndRolesWhenDemoUserLogsIn() {
		TokenClient.Tokens result = this.tokens.userTokens("nb.officer", LocalRun.DEMO_PASSWORD);

		JsonNode claims = TokenClient.claims(result.accessToken());
		assertThat(claims.get("iss").asString()).isEqualTo(this.suite.identityUrl());
		assertThat(claims.get("tenant").asString()).isEqualTo("ninh-binh");
		assertThat(claims.get("roles").toString()).contains("EMULATION_OFFICER");
		assertThat(result.idToken()).isNotBlank();
	}

	@Test
	void shouldFailAtLoginStepWhenPasswordIsWrong() {
		assertThatThrownBy(() -> this.tokens.userToken("nb.officer", "wrong-password"))
			.isInstanceOfSatisfying(TokenClient.TokenException.class, ex -> assertThat(ex.step()).isEqualTo("login"));
	}

	@Test
	void shouldGetMachineTokenWhenClientCredentialsAreRight() {
		String token = this.tokens.clientCredentials("nb-integration", "nb-integration-secret");

		JsonNode claims = TokenClient.claims(token);
		assertThat(claims.get("sub").asString()).isEqualTo("nb-integration");
		assertThat(claims.get("tenant").asString()).isEqualTo("ninh-binh");
	}

	@Test
	void shouldFailWithStatus401WhenClientSecretIsWrong() {
		assertThatThrownBy(() -> this.tokens.clientCredentials("qt-integration", "not-the-secret"))
			.isInstanceOfSatisfying(TokenClient.TokenException.class, ex -> {
				assertThat(ex.step()).isEqualTo("client credentials token");
				assertThat(ex.status()).isEqualTo(401);
			});
	}

}
