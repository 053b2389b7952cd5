package vn.coop.sangtao.identity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import vn.coop.sangtao.identity.config.MachineClient;

class SangtaoClientsTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final SangtaoClients clients = new SangtaoClients(encoder);

	@Test
	void shouldHashSecretWhenConfiguredAsNoop() {
		RegisteredClient client = clients
			.machine(new MachineClient("nb-integration", "{noop}s3cret", "ninh-binh", List.of("INTEGRATION")));

		assertThat(client.getClientSecret()).startsWith("{bcrypt}");
		assertThat(encoder.matches("s3cret", client.getClientSecret())).isTrue();
		assertThat(client.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
		assertThat(ClientClaimSettings.tenant(client)).isEqualTo("ninh-binh");
		assertThat(ClientClaimSettings.roles(client)).containsExactly("INTEGRATION");
	}

	@Test
	void shouldKeepSecretWhenAlreadyHashed() {
		String hashed = encoder.encode("s3cret");

		RegisteredClient client = clients.console(hashed, "http://localhost:8080/login/oauth2/code/console",
				"http://localhost:8080/signed-out");

		assertThat(client.getClientSecret()).isEqualTo(hashed);
		assertThat(client.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(client.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/signed-out");
	}

	@Test
	void shouldFailWhenMachineClientHasNoTenant() {
		MachineClient broken = new MachineClient("x", "{noop}s", " ", List.of("INTEGRATION"));

		assertThatThrownBy(() -> clients.machine(broken)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tenant");
	}

	@Test
	void shouldFailWhenMachineClientHasUnknownRole() {
		MachineClient broken = new MachineClient("x", "{noop}s", "ninh-binh", List.of("ROLE_INTEGRATION"));

		assertThatThrownBy(() -> clients.machine(broken)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRequirePkceWithoutSecretWhenCliIsRegistered() {
		RegisteredClient cli = clients.cli("http://127.0.0.1:8765/callback");

		assertThat(cli.getClientSecret()).isNull();
		assertThat(cli.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(cli.getClientSettings().isRequireAuthorizationConsent()).isFalse();
	}

}
