package vn.coop.sangtao.awards.proposal;

import vn.coop.sangtao.awards.catalogue.GrantingLevel;
import vn.coop.sangtao.awards.fact.Nominee;

import java.time.Instant;
import java.util.List;

/**
 * The payload of every proposal event: the proposal as it stands after the step. A ballot event
 * names the voter and whether in writing, never the vote. {@code achievements} are what the
 * eligibility verdict rested on.
 */
public record ProposalChanged(String proposalId, String tenantId, String roundId, int year, boolean thematic,
                              Nominee nominee, String awardCode, String awardName, GrantingLevel awardLevel,
                              double amountMultiple, boolean highTitle, String achievementsText,
                              List<String> achievements, ProposalStatus status, Tally tally, Decision decision,
                              Proposal.Origin origin, String voter, Boolean writtenVote, Instant at) {

    public static final String DRAFTED = "vn.coop.sangtao.award.drafted.v1";
    public static final String PROPOSED = "vn.coop.sangtao.award.proposed.v1";
    public static final String VOTE_OPENED = "vn.coop.sangtao.award.vote-opened.v1";
    public static final String VOTED = "vn.coop.sangtao.award.voted.v1";
    public static final String VOTE_CLOSED = "vn.coop.sangtao.award.vote-closed.v1";
    public static final String DECIDED = "vn.coop.sangtao.award.decided.v1";
    public static final String FORWARDED = "vn.coop.sangtao.award.forwarded.v1";
    public static final String RECEIVED = "vn.coop.sangtao.award.received.v1";

    static ProposalChanged of(Proposal p, Instant at) {
        return voted(p, null, null, at);
    }

    static ProposalChanged voted(Proposal p, String voter, Boolean written, Instant at) {
        return new ProposalChanged(p.id(), p.tenantId(), p.roundId(), p.year(), p.thematic(), p.nominee(), p.awardCode(),
                p.awardName(), p.awardLevel(), p.amountMultiple(), p.highTitle(), p.achievements(),
                p.verdict() == null ? List.of() : p.verdict().achievements(), p.status(), p.tally(), p.decision(),
                p.origin(), voter, written, at);
    }
}
