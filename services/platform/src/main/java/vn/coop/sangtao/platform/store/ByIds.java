package vn.coop.sangtao.platform.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads many records of the current tenant by id. The query names {@code _id} alone: the embedded
 * store answers an {@code $in} from an index only on a single field, and scans the whole collection
 * for {@code _id $in [...]} with the tenant beside it. Records of other tenants are dropped here, so
 * an id from elsewhere finds nothing, as the tenant-scoped query would.
 */
public final class ByIds {

    private ByIds() {
    }

    /** The current tenant's records among {@code ids}, by id (missing and foreign ids left out). */
    public static <T> Map<String, T> ofTenant(MongoTemplate mongo, String collection, Collection<String> ids,
                                              Class<T> type) {
        Map<String, T> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String tenant = TenantContext.require();
        for (Document record : mongo.find(Query.query(where("_id").in(ids)), Document.class, collection)) {
            if (tenant.equals(record.getString(AggregateStore.TENANT))) {
                found.put(String.valueOf(record.get("_id")), mongo.getConverter().read(type, record));
            }
        }
        return found;
    }
}
