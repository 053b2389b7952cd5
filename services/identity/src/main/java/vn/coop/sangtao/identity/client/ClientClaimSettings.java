package vn.coop.sangtao.identity.client;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The tenant and roles of a machine client travel in its {@code ClientSettings}, so that minting
 * a client-credentials token needs no lookup beyond the registered client itself.
 */
public final class ClientClaimSettings {

	static final String TENANT = "sangtao.claims.tenant";

	static final String ROLES = "sangtao.claims.roles";

	private ClientClaimSettings() {
	}

	public static String tenant(RegisteredClient client) {
		return client.getClientSettings().getSetting(TENANT);
	}

	public static List<String> roles(RegisteredClient client) {
		List<String> roles = client.getClientSettings().getSetting(ROLES);
		return roles == null ? List.of() : roles;
	}

}
