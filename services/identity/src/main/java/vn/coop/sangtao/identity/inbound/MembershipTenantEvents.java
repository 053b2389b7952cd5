package vn.coop.sangtao.identity.inbound;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code tenantEvents-in-0} on membership's tenant topic (see application.yml): a
 * record that fails a few times, or cannot be read at all, goes to
 * {@code membership.tenant.events.identity.dlq} rather than being dropped.
 */
@Configuration(proxyBeanMethods = false)
class MembershipTenantEvents {

	@Bean
	Consumer<Message<byte[]>> tenantEvents(TenantEventApplier applier) {
		return (message) -> applier.apply(TenantEvent.from(message));
	}

}
