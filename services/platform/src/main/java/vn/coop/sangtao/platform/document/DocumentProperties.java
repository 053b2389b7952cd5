package vn.coop.sangtao.platform.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The alliances' names as printed on their papers, by tenant id
 * ({@code sangtao.documents.alliance-names.ninh-binh=Liên minh Hợp tác xã tỉnh Ninh Bình}).
 * The services that print keep no copy of membership's tenants; a tenant not named here is printed
 * by its id. A service that prints enables these with {@code @EnableConfigurationProperties}.
 */
@ConfigurationProperties("sangtao.documents")
public record DocumentProperties(@DefaultValue Map<String, String> allianceNames) {

    public String allianceName(String tenantId) {
        String name = allianceNames.get(tenantId);
        return name == null || name.isBlank() ? tenantId : name;
    }
}
