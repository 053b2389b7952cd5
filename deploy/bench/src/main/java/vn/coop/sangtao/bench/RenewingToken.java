package vn.coop.sangtao.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import vn.coop.sangtao.local.TokenClient;

/** A user's access token, fetched again before it is old enough to expire during a long phase. */
final class RenewingToken implements Supplier<String> {

	private static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final TokenClient tokens;

	private final String user;

	private final String password;

	private String token;

	private Instant fetchedAt = Instant.MIN;

	RenewingToken(TokenClient tokens, String user, String password) {
		this.tokens = tokens;
		this.user = user;
		this.password = password;
	}

	@Override
	public synchronized String get() {
		if (Instant.now().isAfter(this.fetchedAt.plus(MAX_AGE))) {
			this.token = this.tokens.userToken(this.user, this.password);
			this.fetchedAt = Instant.now();
		}
		return this.token;
	}

}
