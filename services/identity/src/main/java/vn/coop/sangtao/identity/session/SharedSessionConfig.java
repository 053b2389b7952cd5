package vn.coop.sangtao.identity.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Identity keeps nothing of a sign-in in its own memory: login sessions and authorizations live in
 * the store, so that any number of instances answer behind one address, and a restart signs nobody
 * out.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SharedSessionConfig {

	@Bean
	StoredSessionRepository sessionRepository(MongoTemplate mongo,
			@Value("${server.servlet.session.timeout:30m}") Duration maxInactive) {
		return new StoredSessionRepository(mongo, maxInactive);
	}

	@Bean
	StoredAuthorizationService authorizationService(MongoTemplate mongo) {
		return new StoredAuthorizationService(mongo);
	}

	@Bean
	@Order(0)
	ApplicationRunner sessionIndexes(StoredSessionRepository sessions, StoredAuthorizationService authorizations) {
		return (args) -> {
			sessions.ensureIndexes();
			authorizations.ensureIndexes();
		};
	}

}
