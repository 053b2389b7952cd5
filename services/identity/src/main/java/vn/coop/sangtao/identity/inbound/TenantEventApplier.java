package vn.coop.sangtao.identity.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.coop.sangtao.identity.tenant.KnownTenantRepository;

/**
 * Applies membership's tenant events to identity's {@code tenants} collection. Each event is one
 * upsert keyed by tenant id, so a redelivered event changes nothing.
 */
@Component
class TenantEventApplier {

	static final String CREATED = "vn.coop.sangtao.tenant.created.v1";

	static final String RETIRED = "vn.coop.sangtao.tenant.retired.v1";

	static final String MERGED = "vn.coop.sangtao.tenant.merged.v1";

	private static final Logger log = LoggerFactory.getLogger(TenantEventApplier.class);

	private final KnownTenantRepository tenants;

	private final JsonMapper reader;

	TenantEventApplier(KnownTenantRepository tenants, JsonMapper json) {
		this.tenants = tenants;
		// A v1 event may gain optional fields, and identity reads only a few of those it has.
		this.reader = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	void apply(TenantEvent event) {
		String tenantId;
		switch (event.type()) {
			case CREATED -> {
				TenantCreated created = read(event, TenantCreated.class);
				tenants.created(created.tenantId(), created.name());
				tenantId = created.tenantId();
			}
			case RETIRED -> {
				tenantId = read(event, TenantRetired.class).tenantId();
				tenants.retired(tenantId);
			}
			case MERGED -> {
				TenantMerged merged = read(event, TenantMerged.class);
				tenants.merged(merged.tenantId(), merged.intoTenantId());
				tenantId = merged.tenantId();
			}
			default -> {
				log.debug("tenant event ignored type={} id={}", event.type(), event.id());
				return;
			}
		}
		log.info("tenant event applied type={} id={} tenant={}", event.type(), event.id(), tenantId);
	}

	private <T> T read(TenantEvent event, Class<T> target) {
		try {
			T value = reader.readValue(event.payload(), target);
			if (value == null) {
				throw new UnreadableTenantEvent("empty payload in event " + event.id());
			}
			return value;
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new UnreadableTenantEvent("unreadable " + event.type() + " payload in event " + event.id(), ex);
		}
	}

}
