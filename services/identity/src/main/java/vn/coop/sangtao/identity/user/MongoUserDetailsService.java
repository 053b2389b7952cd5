package vn.coop.sangtao.identity.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.coop.sangtao.identity.tenant.TenantResolver;

/**
 * Feeds the login form from the {@code users} collection. The principal stays a plain
 * {@link User}: token claims are read from the store when a token is minted, so they reflect the
 * current roles rather than those at login time. The people of a retired tenant count as disabled.
 */
@Service
class MongoUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final TenantResolver tenants;

	MongoUserDetailsService(UserRepository users, TenantResolver tenants) {
		this.users = users;
		this.tenants = tenants;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		boolean tenantRetired = tenants.resolve(user.tenant()).retired();
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.disabled(!user.enabled() || tenantRetired)
			.authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
