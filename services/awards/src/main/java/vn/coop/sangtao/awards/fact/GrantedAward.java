package vn.coop.sangtao.awards.fact;

import vn.coop.sangtao.platform.text.Text;

import java.time.LocalDate;

/**
 * An award a unit or person holds: granted through a proposal in Sangtao, or recorded from before
 * Sangtao. {@code thematic} when it came from a thematic (event) round, which merit awards ignore.
 */
public record GrantedAward(String id, String tenantId, Nominee.Kind nomineeKind, String nomineeId, String nomineeName,
                           String award, String awardName, int year, boolean thematic, String decisionNumber,
                           LocalDate decisionDate, double amount, String proposalId, String roundId,
                           String nomineeKey) {

    /** {@code nomineeKey}, the name without accents that the history search matches, follows the name. */
    public GrantedAward {
        nomineeKey = Text.fold(nomineeName);
    }
}
