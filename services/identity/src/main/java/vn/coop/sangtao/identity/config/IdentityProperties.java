package vn.coop.sangtao.identity.config;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything deployments tune about the issuer, bound from {@code sangtao.identity.*}.
 *
 * @param issuer the exact {@code iss} of every token; services validate against it, so it must be
 * the URL they reach identity at
 * @param consoleSecret secret of the web console client; without it the console client is not
 * registered (only the local profile ships a default)
 * @param consoleRedirectUri where the console receives authorization codes; the console's page
 * after signing out is {@code /signed-out} at the same address
 * @param cliRedirectUri where scripts and end-to-end tests receive authorization codes
 * @param machineClients client-credentials clients of integrations, each bound to one tenant
 * @param seedDemo whether to create the demo users on start (local runs and end-to-end tests)
 */
@ConfigurationProperties("sangtao.identity")
public record IdentityProperties(
		@DefaultValue("http://localhost:9000") String issuer,
		String consoleSecret,
		@DefaultValue("http://localhost:8080/login/oauth2/code/console") String consoleRedirectUri,
		@DefaultValue("http://127.0.0.1:8765/callback") String cliRedirectUri,
		List<MachineClient> machineClients,
		boolean seedDemo) {

	public IdentityProperties {
		machineClients = machineClients == null ? List.of() : List.copyOf(machineClients);
	}

	/** Where identity may send the browser back after the console signs a user out. */
	public String consolePostLogoutUri() {
		return URI.create(consoleRedirectUri).resolve("/signed-out").toString();
	}

	public boolean hasConsoleSecret() {
		return consoleSecret != null && !consoleSecret.isBlank();
	}

}
