package vn.coop.sangtao.identity.client;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import vn.coop.sangtao.identity.config.IdentityProperties;

/**
 * Clients come from configuration and live in memory: they change with deployments, not at run
 * time, so a store would add nothing but a way to drift between instances.
 */
@Configuration(proxyBeanMethods = false)
class RegisteredClientsConfig {

	private static final Logger log = LoggerFactory.getLogger(RegisteredClientsConfig.class);

	@Bean
	RegisteredClientRepository registeredClientRepository(IdentityProperties properties,
			PasswordEncoder passwordEncoder) {
		SangtaoClients clients = new SangtaoClients(passwordEncoder);
		List<RegisteredClient> registered = new ArrayList<>();
		registered.add(clients.cli(properties.cliRedirectUri()));
		if (properties.hasConsoleSecret()) {
			registered.add(clients.console(properties.consoleSecret(), properties.consoleRedirectUri(),
					properties.consolePostLogoutUri()));
		}
		else {
			log.warn("console client not registered: sangtao.identity.console-secret is not set");
		}
		properties.machineClients().forEach((machine) -> registered.add(clients.machine(machine)));
		log.info("registered clients count={} machineClients={}", registered.size(),
				properties.machineClients().size());
		return new InMemoryRegisteredClientRepository(registered);
	}

}
