package vn.coop.sangtao.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/** Names of the claims every service reads from our tokens. */
final class SangtaoClaims {

	static final String TENANT = "tenant";

	static final String ROLES = "roles";

	/** Tax code of the member unit a unit representative acts for; absent for everybody else. */
	static final String UNIT = "unit";

	static final String PREFERRED_USERNAME = StandardClaimNames.PREFERRED_USERNAME;

	static final String NAME = StandardClaimNames.NAME;

	/** What the userinfo endpoint repeats from the ID token. */
	static final List<String> USER_INFO = List.of(StandardClaimNames.SUB, PREFERRED_USERNAME, NAME, TENANT, ROLES,
			UNIT);

	private SangtaoClaims() {
	}

}
