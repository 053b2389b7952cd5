package vn.coop.sangtao.identity.tenant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant as identity learned it from membership: enough to decide which tenant a token names
 * and whether its people may still sign in.
 *
 * @param id the tenant id, e.g. {@code ninh-binh}
 * @param name the tenant's name; null when identity heard of the tenant only through its merger
 * or retirement
 * @param status where the tenant is in its life
 * @param mergedInto the tenant that absorbed this one, when MERGED
 */
@Document(KnownTenant.COLLECTION)
public record KnownTenant(@Id String id, String name, TenantStatus status, String mergedInto) {

	static final String COLLECTION = "tenants";

}
