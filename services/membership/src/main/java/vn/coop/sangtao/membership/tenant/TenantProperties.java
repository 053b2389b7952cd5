package vn.coop.sangtao.membership.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The national alliance every provincial tenant belongs to. */
@ConfigurationProperties("sangtao.membership.national")
public record TenantProperties(@DefaultValue("vca") String id,
                               @DefaultValue("Liên minh Hợp tác xã Việt Nam") String name) {
}
