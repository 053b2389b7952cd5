package vn.coop.sangtao.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How one gateway shares each route's calls between tenants (see {@link FairQueue}): {@code slots}
 * calls in flight per route, sized to what the service behind it serves at once, or
 * {@code routeSlots.<route>} for a route whose service serves more or fewer; up to
 * {@code queuedPerTenant} more calls of one tenant waiting for their turn, each at most {@code maxWait}
 * before the gateway answers 503.
 */
@ConfigurationProperties("sangtao.gateway.fair-share")
record FairShareProperties(@DefaultValue("64") int slots,
                           Map<String, Integer> routeSlots,
                           @DefaultValue("100") int queuedPerTenant,
                           @DefaultValue("5s") Duration maxWait) {

    FairShareProperties {
        routeSlots = routeSlots == null ? Map.of() : Map.copyOf(routeSlots);
        if (slots < 1 || routeSlots.values().stream().anyMatch(routeSlot -> routeSlot < 1) || queuedPerTenant < 0 || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException(
                    "sangtao.gateway.fair-share needs slots >= 1, queued-per-tenant >= 0 and a positive max-wait");
        }
    }

    int slotsOf(String routeId) {
        return routeSlots.getOrDefault(routeId, slots);
    }
}
