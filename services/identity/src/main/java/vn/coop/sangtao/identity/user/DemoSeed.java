package vn.coop.sangtao.identity.user;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users when {@code sangtao.identity.seed-demo=true}. Idempotent: an existing
 * username is left as it is (even its password), so re-running changes nothing and a demo password
 * changed by hand survives restarts. The one exception is a field the demo set gained later: an
 * account seeded before that gets the unit it represents if it has none yet.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "sangtao.identity.seed-demo", havingValue = "true")
class DemoSeed implements ApplicationRunner {

	static final String DEMO_PASSWORD = "sangtao-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	DemoSeed(UserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
	}

	/** Returns how many users this call created or completed; zero when everything was in place. */
	int seed() {
		int created = 0;
		int completed = 0;
		for (DemoUser demo : DemoUsers.ALL) {
			if (!users.existsByUsername(demo.username())) {
				created += insert(demo) ? 1 : 0;
			}
			else if (demo.unitTaxCode() != null && users.fillUnitTaxCode(demo.username(), demo.unitTaxCode())) {
				completed++;
			}
		}
		log.info("demo seed done created={} completed={} total={}", created, completed, DemoUsers.ALL.size());
		return created + completed;
	}

	private boolean insert(DemoUser demo) {
		try {
			users.insert(new UserAccount(null, demo.username(), passwordEncoder.encode(DEMO_PASSWORD), demo.tenant(),
					List.of(demo.role()), demo.displayName(), true, demo.unitTaxCode()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another instance seeded the same user between our check and insert: nothing to do.
			return false;
		}
	}

}
