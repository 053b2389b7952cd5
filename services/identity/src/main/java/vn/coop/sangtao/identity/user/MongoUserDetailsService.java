package vn.coop.sangtao.identity.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Feeds the login form from the {@code users} collection. The principal stays a plain
 * {@link User}: token claims are read from the store when a token is minted, so they reflect the
 * current roles rather than those at login time.
 */
@Service
class MongoUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	MongoUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.disabled(!user.enabled())
			.authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
