package vn.coop.sangtao.campaigns.membership;

/** An emulation block of one year, as membership announced it. */
public record KnownBlock(String id, String tenantId, int year, String name, String leaderUnitId,
                         String deputyUnitId) {
}
