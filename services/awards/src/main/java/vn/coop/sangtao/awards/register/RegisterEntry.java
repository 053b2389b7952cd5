package vn.coop.sangtao.awards.register;

import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.proposal.Proposal;

import java.time.LocalDate;

/**
 * One line of the decision register (sổ quyết định khen thưởng): the decision, who was awarded
 * what, and the amount in đồng. {@code body} names the body that decided when it was not the
 * alliance itself (the provincial People's Committee, the national alliance).
 */
public record RegisterEntry(String proposalId, String number, LocalDate date, String body, Nominee nominee,
                            String awardCode, String awardName, int year, double amountMultiple, long amountVnd) {

    static RegisterEntry of(Proposal p, long amountVnd) {
        var d = p.decision();
        return new RegisterEntry(p.id(), d.number(), d.date(), d.body(), p.nominee(), p.awardCode(), p.awardName(),
                p.year(), p.amountMultiple(), amountVnd);
    }
}
