package vn.coop.sangtao.identity.user;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the unique username index before anything (the demo seed) writes users. */
@Component
@Order(0)
class UserIndexInitializer implements ApplicationRunner {

	private final UserRepository users;

	UserIndexInitializer(UserRepository users) {
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		users.ensureIndexes();
	}

}
