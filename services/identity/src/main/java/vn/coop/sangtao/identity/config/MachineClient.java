package vn.coop.sangtao.identity.config;

import java.util.List;

/**
 * A client-credentials client of one tenant's integration. The tenant and roles are fixed here
 * because a machine has no user document to take them from.
 *
 * @param clientId the OAuth2 client id
 * @param secret the client secret; a {@code {noop}} or unprefixed value is hashed before it is
 * registered, an already hashed value ({@code {bcrypt}…}) is kept
 * @param tenant the tenant every token of this client carries
 * @param roles role names without the {@code ROLE_} prefix
 */
public record MachineClient(String clientId, String secret, String tenant, List<String> roles) {

	public MachineClient {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

}
