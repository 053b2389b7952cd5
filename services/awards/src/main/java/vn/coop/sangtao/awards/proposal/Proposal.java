package vn.coop.sangtao.awards.proposal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.GrantingLevel;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.round.Round;
import vn.coop.sangtao.awards.rule.Verdict;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A proposal for an award (đề nghị khen thưởng): draft → submitted → council vote → approved or
 * rejected; an approved proposal is decided, or forwarded to the level that may grant the award.
 * The award type is the version in force when the proposal was drafted.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Proposal {

    public static final String TOPIC = "awards.proposal.events";

    /** The council as it stood when the vote opened: later changes to it do not move the marks. */
    public record VotingCouncil(List<String> members, double quorumShare, double passShare) {
    }

    /** Where a forwarded proposal came from, on the national alliance's copy. */
    public record Origin(String tenantId, String proposalId) {
    }

    /** One step of the proposal's history. */
    public record Step(ProposalStatus status, Instant at, String by, String note) {
    }

    private String id;
    private String tenantId;
    private String roundId;
    private boolean thematic;
    private int year;
    private Nominee nominee;
    private String awardCode;
    private String awardName;
    private GrantingLevel awardLevel;
    private double amountMultiple;
    private boolean highTitle;
    private String achievements;
    private List<String> attestations;
    private Verdict verdict;
    private ProposalStatus status;
    private VotingCouncil council;
    private Tally tally;
    private Decision decision;
    private GrantingLevel forwardedTo;
    private Origin origin;
    private List<Step> history;
    private long version;

    Proposal() {
        // for the store
    }

    static Proposal draft(String tenantId, Round round, Nominee nominee, AwardType type, String achievements,
                          List<String> attestations, Instant now, String actor) {
        round.requireOpen();
        Proposal p = new Proposal();
        p.id = UUID.randomUUID().toString();
        p.tenantId = tenantId;
        p.roundId = round.id();
        p.thematic = round.thematic();
        p.year = round.year();
        p.nominee = nominee;
        p.awardCode = type.code();
        p.awardName = type.name();
        p.awardLevel = type.level();
        p.amountMultiple = type.amountMultiple();
        p.highTitle = type.highTitle();
        p.achievements = achievements;
        p.attestations = List.copyOf(attestations);
        p.status = ProposalStatus.DRAFT;
        p.history = List.of(new Step(ProposalStatus.DRAFT, now, actor, null));
        return p;
    }

    /** The national alliance's copy of a province's forwarded proposal, awaiting its decision. */
    static Proposal received(String tenantId, ProposalChanged forwarded, Instant now) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID().toString();
        p.tenantId = tenantId;
        p.thematic = forwarded.thematic();
        p.year = forwarded.year();
        p.nominee = forwarded.nominee();
        p.awardCode = forwarded.awardCode();
        p.awardName = forwarded.awardName();
        p.awardLevel = forwarded.awardLevel();
        p.amountMultiple = forwarded.amountMultiple();
        p.highTitle = forwarded.highTitle();
        p.achievements = forwarded.achievementsText();
        p.attestations = List.of();
        p.tally = forwarded.tally();
        p.status = ProposalStatus.RECEIVED;
        p.origin = new Origin(forwarded.tenantId(), forwarded.proposalId());
        p.history = List.of(new Step(ProposalStatus.RECEIVED, now, "system", forwarded.tenantId()));
        return p;
    }

    void edit(String newAchievements, List<String> newAttestations) {
        require(ProposalStatus.DRAFT);
        achievements = newAchievements;
        attestations = List.copyOf(newAttestations);
    }

    /** Submits a draft whose nominee the rules found eligible. */
    void submit(Verdict judged, Instant now, String actor) {
        require(ProposalStatus.DRAFT);
        verdict = judged;
        step(ProposalStatus.SUBMITTED, now, actor, null);
    }

    void openVote(VotingCouncil voting, Instant now, String actor) {
        require(ProposalStatus.SUBMITTED);
        council = voting;
        step(ProposalStatus.VOTING, now, actor, null);
    }

    void closeVote(Tally counted, Instant now, String actor) {
        require(ProposalStatus.VOTING);
        tally = counted;
        step(counted.passed() ? ProposalStatus.APPROVED : ProposalStatus.REJECTED, now, actor,
                counted.quorum() ? null : "no-quorum");
    }

    /** The alliance's own decision on an approved proposal, or the national alliance's on a received one. */
    void decide(Decision made, boolean national) {
        if (status == ProposalStatus.RECEIVED) {
            record(made);
            return;
        }
        require(ProposalStatus.APPROVED);
        if (!withinAuthority(national)) {
            throw ApiProblem.rule("beyond-authority", awardName, awardLevel);
        }
        record(made);
    }

    /** Sends an approved proposal beyond the alliance's authority to the level that grants the award. */
    void forward(boolean national, Instant now, String actor) {
        require(ProposalStatus.APPROVED);
        if (withinAuthority(national)) {
            throw ApiProblem.rule("within-authority", awardName);
        }
        forwardedTo = awardLevel;
        step(ProposalStatus.FORWARDED, now, actor, awardLevel.name());
    }

    /** The outcome of a forwarded proposal: from the national alliance's decision, or entered for an outside body. */
    void outcome(Decision made) {
        require(ProposalStatus.FORWARDED);
        record(made);
    }

    /** The council members still to vote. */
    void requireVoter(String member) {
        require(ProposalStatus.VOTING);
        if (!council.members().contains(member)) {
            throw ApiProblem.forbidden("not-a-council-member", member);
        }
    }

    boolean withinAuthority(boolean national) {
        return awardLevel == GrantingLevel.ALLIANCE || national && awardLevel == GrantingLevel.NATIONAL;
    }

    private void record(Decision made) {
        decision = made;
        step(made.granted() ? ProposalStatus.DECIDED : ProposalStatus.REJECTED, made.at(), made.decidedBy(),
                made.reason());
    }

    private void require(ProposalStatus allowed) {
        if (status != allowed) {
            throw ApiProblem.rule("proposal-not-" + allowed.name().toLowerCase(java.util.Locale.ROOT), status);
        }
    }

    private void step(ProposalStatus to, Instant at, String by, String note) {
        status = to;
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(to, at, by, note));
        history = List.copyOf(steps);
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String roundId() { return roundId; }
    public boolean thematic() { return thematic; }
    public int year() { return year; }
    public Nominee nominee() { return nominee; }
    public String awardCode() { return awardCode; }
    public String awardName() { return awardName; }
    public GrantingLevel awardLevel() { return awardLevel; }
    public double amountMultiple() { return amountMultiple; }
    public boolean highTitle() { return highTitle; }
    public String achievements() { return achievements; }
    public List<String> attestations() { return attestations; }
    public Verdict verdict() { return verdict; }
    public ProposalStatus status() { return status; }
    public VotingCouncil council() { return council; }
    public Tally tally() { return tally; }
    public Decision decision() { return decision; }
    public Origin origin() { return origin; }
    public List<Step> history() { return history; }
    public long version() { return version; }
}
