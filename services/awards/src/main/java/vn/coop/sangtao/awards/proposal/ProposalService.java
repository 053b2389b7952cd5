package vn.coop.sangtao.awards.proposal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.CatalogueService;
import vn.coop.sangtao.awards.catalogue.Target;
import vn.coop.sangtao.awards.council.AwardCouncil;
import vn.coop.sangtao.awards.council.CouncilMember;
import vn.coop.sangtao.awards.council.CouncilService;
import vn.coop.sangtao.awards.fact.HistoryService;
import vn.coop.sangtao.awards.fact.FactsService;
import vn.coop.sangtao.awards.fact.GrantedAward;
import vn.coop.sangtao.awards.fact.Nominee;
import vn.coop.sangtao.awards.round.Round;
import vn.coop.sangtao.awards.round.RoundService;
import vn.coop.sangtao.awards.rule.Eligibility;
import vn.coop.sangtao.awards.rule.RuleVerdict;
import vn.coop.sangtao.awards.rule.Verdict;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The proposal workflow: draft, eligibility, council vote, decision or forwarding, and the outcome. */
@Service
public class ProposalService {

    private static final List<ProposalStatus> LIVE = List.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
            ProposalStatus.VOTING, ProposalStatus.APPROVED, ProposalStatus.DECIDED, ProposalStatus.FORWARDED);

    private final Aggregates<Proposal> proposals;
    private final MongoTemplate mongo;
    private final RoundService rounds;
    private final CatalogueService catalogue;
    private final CouncilService councils;
    private final FactsService facts;
    private final HistoryService history;
    private final Clock clock;
    private final String nationalTenant;

    ProposalService(AggregateStore store, EventFactory events, MongoTemplate mongo, RoundService rounds,
                    CatalogueService catalogue, CouncilService councils, FactsService facts, HistoryService history,
                    Clock clock, @Value("${sangtao.national-tenant:vca}") String nationalTenant) {
        this.proposals = new Aggregates<>(store, events, "proposals", Proposal.TOPIC, Proposal.class, Proposal::id);
        this.mongo = mongo;
        this.rounds = rounds;
        this.catalogue = catalogue;
        this.councils = councils;
        this.facts = facts;
        this.history = history;
        this.clock = clock;
        this.nationalTenant = nationalTenant;
    }

    /** Drafts a proposal in an open round; one live proposal per nominee, award and year. */
    public Proposal draft(String roundId, Nominee.Kind kind, String nomineeId, String awardCode, String achievements,
                          List<String> attestations) {
        Round round = rounds.get(roundId);
        AwardType type = catalogue.type(awardCode, LocalDate.of(round.year(), 12, 31));
        if ((type.target() == Target.COLLECTIVE) != (kind == Nominee.Kind.UNIT)) {
            throw ApiProblem.rule("award-target-mismatch", type.name(), type.target());
        }
        Nominee nominee = facts.nominee(kind, nomineeId);
        if (proposals.count(where("nominee._id").is(nomineeId).and("awardCode").is(awardCode)
                .and("year").is(round.year()).and("status").in(LIVE)) > 0) {
            // the year as text: a number would be printed with a thousands separator ("2.026")
            throw ApiProblem.conflict("already-proposed", nominee.name(), type.name(), String.valueOf(round.year()));
        }
        Proposal proposal = Proposal.draft(TenantContext.require(), round, nominee, type, achievements, attestations,
                clock.instant(), Actor.current());
        proposals.insert(proposal, ProposalChanged.DRAFTED, ProposalChanged.of(proposal, clock.instant()));
        return proposal;
    }

    public Proposal edit(String id, String achievements, List<String> attestations) {
        Proposal p = get(id);
        long read = p.version();
        p.edit(achievements, attestations);
        return save(p, read, ProposalChanged.DRAFTED);
    }

    /** How the award type's rules judge the nominee now, rule by rule. */
    public Verdict eligibility(String id) {
        return judge(get(id));
    }

    /** Submits a draft whose nominee is eligible; an open hold or a failed rule answers 422 with the reasons. */
    public Proposal submit(String id) {
        Proposal p = get(id);
        long read = p.version();
        Verdict verdict = judge(p);
        if (!verdict.rules().get(0).passed()) {
            throw ApiProblem.rule("hold-open", verdict.rules().get(0).explanation());
        }
        if (!verdict.eligible()) {
            throw ApiProblem.rule("not-eligible", String.join(" ", verdict.rules().stream()
                    .filter(r -> !r.passed()).map(RuleVerdict::explanation).toList()));
        }
        p.submit(verdict, clock.instant(), Actor.current());
        return save(p, read, ProposalChanged.PROPOSED);
    }

    /** Opens the council vote; the council's membership and marks are fixed for this vote from now on. */
    public Proposal openVote(String id) {
        Proposal p = get(id);
        long read = p.version();
        AwardCouncil council = councils.get();
        if (council.members().isEmpty()) {
            throw ApiProblem.rule("no-award-council");
        }
        p.openVote(new Proposal.VotingCouncil(council.members().stream().map(CouncilMember::username).toList(),
                council.quorumShare(), p.highTitle() ? council.highTitlePassShare() : council.passShare()),
                clock.instant(), Actor.current());
        return save(p, read, ProposalChanged.VOTE_OPENED);
    }

    /**
     * Records a vote: a member votes for themselves at the meeting; an officer enters the written vote
     * of an absent member. A member may change their vote until the vote closes.
     */
    public Tally vote(String id, String member, boolean yes, boolean written) {
        Proposal p = get(id);
        if (written && !Actor.roles().contains("TENANT_ADMIN") && !Actor.roles().contains("EMULATION_OFFICER")) {
            throw ApiProblem.forbidden("forbidden");
        }
        if (written && (member == null || member.isBlank())) {
            throw ApiProblem.ruleOnFields("written-vote-without-member", List.of(new FieldProblem("member", "required")));
        }
        String voter = written ? member : Actor.current();
        p.requireVoter(voter);
        Instant now = clock.instant();
        Ballot ballot = new Ballot(Ballot.idOf(id, voter), TenantContext.require(), id, voter, yes, written, now,
                Actor.current());
        mongo.save(ballot, "ballots");
        // the ballot event names the voter for the audit trail, never the vote
        proposals.save(p, p.version(), ProposalChanged.VOTED, ProposalChanged.voted(p, voter, written, now));
        return tally(p);
    }

    /** Counts the vote on the council's total membership and approves or rejects. */
    public Proposal closeVote(String id) {
        Proposal p = get(id);
        long read = p.version();
        p.closeVote(tally(p), clock.instant(), Actor.current());
        return save(p, read, ProposalChanged.VOTE_CLOSED);
    }

    /** The running count of an open vote, or the final one. */
    public Tally tallyOf(String id) {
        Proposal p = get(id);
        return p.tally() != null ? p.tally() : p.council() == null ? null : tally(p);
    }

    /** Decides an approved proposal within the alliance's authority, or a received one at the national level. */
    public Proposal decide(String id, boolean granted, String number, LocalDate date, String reason) {
        Proposal p = get(id);
        long read = p.version();
        boolean national = nationalTenant.equals(TenantContext.require());
        p.decide(new Decision(granted, number, date, null, Actor.current(), clock.instant(), reason), national);
        Proposal saved = save(p, read, ProposalChanged.DECIDED);
        if (granted && saved.origin() == null) {
            grant(saved, saved.decision());
        }
        return saved;
    }

    public Proposal forward(String id) {
        Proposal p = get(id);
        long read = p.version();
        p.forward(nationalTenant.equals(TenantContext.require()), clock.instant(), Actor.current());
        return save(p, read, ProposalChanged.FORWARDED);
    }

    /** Records what an outside body (the provincial People's Committee) decided on a forwarded proposal. */
    public Proposal recordOutcome(String id, boolean granted, String number, LocalDate date, String body,
                                  String reason) {
        Proposal p = get(id);
        long read = p.version();
        p.outcome(new Decision(granted, number, date, body, Actor.current(), clock.instant(), reason));
        Proposal saved = save(p, read, ProposalChanged.DECIDED);
        if (granted) {
            grant(saved, saved.decision());
        }
        return saved;
    }

    /** The national alliance's copy of a forwarded proposal; a redelivered event finds it made already. */
    public void receive(ProposalChanged forwarded) {
        if (proposals.count(where("origin.proposalId").is(forwarded.proposalId())) > 0) {
            return;
        }
        Proposal copy = Proposal.received(TenantContext.require(), forwarded, clock.instant());
        proposals.insert(copy, ProposalChanged.RECEIVED, ProposalChanged.of(copy, clock.instant()));
    }

    /** The national alliance's decision reaches the province's proposal; a redelivery finds it decided. */
    public void applyNationalDecision(String proposalId, Decision decision) {
        Proposal p = proposals.find(proposalId).orElse(null);
        if (p == null || p.status() != ProposalStatus.FORWARDED) {
            return;
        }
        long read = p.version();
        p.outcome(decision);
        Proposal saved = save(p, read, ProposalChanged.DECIDED);
        if (decision.granted()) {
            grant(saved, decision);
        }
    }

    public Proposal get(String id) {
        return proposals.find(id).orElseThrow(() -> ApiProblem.notFound("proposal", id));
    }

    public PageResponse<Proposal> list(String roundId, ProposalStatus status, String nomineeId, int page, int size) {
        Criteria filter = new Criteria();
        if (roundId != null) {
            filter = filter.and("roundId").is(roundId);
        }
        if (status != null) {
            filter = filter.and("status").is(status);
        }
        if (nomineeId != null) {
            filter = filter.and("nominee._id").is(nomineeId);
        }
        return proposals.page(filter, Sort.by("year", "awardCode", "_id"), page, size);
    }

    /**
     * The awards granted by decision, in the order of the decisions; with {@code year}, those decided
     * in that year (by the decision's date, not the year the award is for).
     */
    public PageResponse<Proposal> decided(Integer year, int page, int size) {
        Criteria filter = where("status").is(ProposalStatus.DECIDED);
        if (year != null) {
            filter = filter.and("decision.date").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
        }
        return proposals.page(filter, Sort.by("decision.date", "decision.number", "_id"), page, size);
    }

    private Verdict judge(Proposal p) {
        AwardType type = catalogue.type(p.awardCode(), LocalDate.of(p.year(), 12, 31));
        return Eligibility.evaluate(type.rules(), facts.about(p.nominee(), p.year(), new HashSet<>(p.attestations()),
                rewardedElsewhere(p)), type.merit());
    }

    /** The achievements the nominee's other live proposals already rest on: one achievement is rewarded once. */
    private Set<String> rewardedElsewhere(Proposal p) {
        Set<String> used = new HashSet<>();
        proposals.find(where("nominee._id").is(p.nominee().id()).and("_id").ne(p.id()).and("status").in(LIVE),
                        Sort.by("_id"), 0, 1_000)
                .forEach(other -> {
                    if (other.verdict() != null) {
                        used.addAll(other.verdict().achievements());
                    }
                });
        return used;
    }

    private Tally tally(Proposal p) {
        List<Ballot> ballots = mongo.find(Query.query(where(AggregateStore.TENANT).is(TenantContext.require())
                .and("proposalId").is(p.id())), Ballot.class, "ballots").stream()
                .filter(b -> p.council().members().contains(b.member())).toList();
        return Tally.count(p.council().members().size(),
                ballots.stream().map(b -> new Tally.Voter(b.member(), b.written())).toList(),
                (int) ballots.stream().filter(Ballot::yes).count(), p.council().quorumShare(), p.council().passShare());
    }

    private void grant(Proposal p, Decision d) {
        history.grant(new GrantedAward(p.id(), TenantContext.require(), p.nominee().kind(), p.nominee().id(),
                p.nominee().name(), p.awardCode(), p.awardName(), p.year(), p.thematic(), d.number(), d.date(),
                p.amountMultiple(), p.id(), p.roundId(), null));
    }

    private Proposal save(Proposal p, long readVersion, String type) {
        try {
            return proposals.save(p, readVersion, type, ProposalChanged.of(p, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("version-conflict");
        }
    }
}
