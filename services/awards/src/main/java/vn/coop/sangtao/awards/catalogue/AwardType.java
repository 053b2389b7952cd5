package vn.coop.sangtao.awards.catalogue;

import vn.coop.sangtao.awards.rule.Rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an award type of a tenant's catalogue, in force from {@code validFrom} until a
 * later version. {@code amountMultiple} is the reward as a multiple of the base salary. A merit
 * award ignores the awards of thematic rounds; a high title needs the council's higher pass share.
 */
public record AwardType(String id, String tenantId, String code, String name, Target target, GrantingLevel level,
                        double amountMultiple, boolean merit, boolean highTitle, List<Rule> rules,
                        LocalDate validFrom, String reason, Instant changedAt, String changedBy, long version) {

    /** Ids are unique across the store, and every tenant has its own catalogue. */
    public static String idOf(String tenantId, String code, LocalDate validFrom) {
        return tenantId + ":" + code + "@" + validFrom;
    }
}
