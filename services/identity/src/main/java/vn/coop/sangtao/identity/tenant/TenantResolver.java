package vn.coop.sangtao.identity.tenant;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the tenant stored on a user or machine client into the one its tokens carry. Accounts are
 * not rewritten when membership merges tenants: the old id keeps resolving to the survivor, as it
 * does in membership. A tenant identity has not heard of is taken as it is.
 */
@Component
public class TenantResolver {

	/** As membership's own resolution: a longer chain is a data error, not a real history. */
	static final int MAX_HOPS = 10;

	private static final Logger log = LoggerFactory.getLogger(TenantResolver.class);

	private final KnownTenantRepository tenants;

	public TenantResolver(KnownTenantRepository tenants) {
		this.tenants = tenants;
	}

	public ResolvedTenant resolve(String tenantId) {
		String current = tenantId;
		for (int hops = 0;; hops++) {
			Optional<KnownTenant> known = current == null ? Optional.empty() : tenants.find(current);
			if (known.isEmpty()) {
				return ResolvedTenant.usable(current);
			}
			KnownTenant tenant = known.get();
			if (tenant.status() == TenantStatus.RETIRED) {
				return ResolvedTenant.closed(current);
			}
			if (tenant.status() != TenantStatus.MERGED || tenant.mergedInto() == null) {
				return ResolvedTenant.usable(current);
			}
			if (hops == MAX_HOPS) {
				log.warn("merger chain too long tenant={} stoppedAt={} hops={}", tenantId, current, hops);
				return ResolvedTenant.usable(current);
			}
			current = tenant.mergedInto();
		}
	}

}
