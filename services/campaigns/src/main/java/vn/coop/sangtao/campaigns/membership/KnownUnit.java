package vn.coop.sangtao.campaigns.membership;

import java.util.Map;

/**
 * What campaigns knows of a member unit, kept from membership's events. {@code blocks} holds the
 * unit's emulation block per year, keyed {@code y<year>}.
 */
public record KnownUnit(String id, String tenantId, String name, String taxCode, String status, String areaId,
                        Map<String, String> blocks) {

    public static final String WITHDRAWN = "WITHDRAWN";

    public String blockIn(int year) {
        return blocks == null ? null : blocks.get("y" + year);
    }

    public boolean withdrawn() {
        return WITHDRAWN.equals(status);
    }
}
