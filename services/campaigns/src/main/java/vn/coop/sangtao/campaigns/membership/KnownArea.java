package vn.coop.sangtao.campaigns.membership;

/** An administrative area, as membership announced it; dashboards add a unit's figures to its area and the areas above. */
public record KnownArea(String id, String tenantId, String name, String level, String parentId) {
}
