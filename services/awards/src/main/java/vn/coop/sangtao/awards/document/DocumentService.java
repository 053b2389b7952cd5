package vn.coop.sangtao.awards.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.config.AwardsProperties;
import vn.coop.sangtao.awards.council.CouncilMember;
import vn.coop.sangtao.awards.council.CouncilService;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.proposal.ProposalService;
import vn.coop.sangtao.awards.proposal.ProposalStatus;
import vn.coop.sangtao.awards.rule.Verdict;
import vn.coop.sangtao.platform.document.DocumentProperties;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The papers of a proposal, printed from its data: the letter, the achievement report, the minutes of the vote, the decision. */
@Service
@EnableConfigurationProperties({DocumentProperties.class, AwardsProperties.class})
public class DocumentService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProposalService proposals;
    private final AchievementReportService reports;
    private final CouncilService councils;
    private final DocumentProperties documents;
    private final AwardsProperties awards;
    private final Clock clock;

    DocumentService(ProposalService proposals, AchievementReportService reports, CouncilService councils,
                    DocumentProperties documents, AwardsProperties awards, Clock clock) {
        this.proposals = proposals;
        this.reports = reports;
        this.councils = councils;
        this.documents = documents;
        this.awards = awards;
        this.clock = clock;
    }

    /** The proposal letter, dated when it was submitted; a draft's is judged by the rules as they stand today. */
    public byte[] letter(String id) {
        Proposal p = proposals.get(id);
        Verdict verdict = p.verdict() != null ? p.verdict()
                : p.status() == ProposalStatus.DRAFT ? proposals.eligibility(id) : null;
        LocalDate dated = dayOf(p, List.of(ProposalStatus.SUBMITTED, ProposalStatus.RECEIVED));
        return ProposalLetterPdf.print(p, verdict, alliance(), dated);
    }

    /**
     * The achievement report, from the facts awards holds for the proposal's year, dated like the
     * letter it goes with.
     */
    public byte[] report(String id) {
        Proposal p = proposals.get(id);
        LocalDate dated = dayOf(p, List.of(ProposalStatus.SUBMITTED, ProposalStatus.RECEIVED));
        return AchievementReportPdf.print(p, reports.of(p), alliance(), dated);
    }

    /** The minutes of the council's vote, once it has closed (422 vote-not-closed before). */
    public byte[] minutes(String id) {
        Proposal p = proposals.get(id);
        if (p.tally() == null) {
            throw ApiProblem.rule("vote-not-closed", p.status());
        }
        return MinutesPdf.print(p, alliance(), voteClosedOn(p), councilNames());
    }

    /** The decision and the award's certificate, once the award is granted (422 not-decided before). */
    public byte[] decision(String id) {
        Proposal p = proposals.get(id);
        if (p.status() != ProposalStatus.DECIDED) {
            throw ApiProblem.rule("not-decided", p.status());
        }
        String issuer = p.decision().body() == null ? alliance() : p.decision().body();
        return DecisionPdf.print(p, issuer, awards.amountVnd(p.amountMultiple()));
    }

    /** The day the vote closed: the step that followed the vote; a copy received from a province has none. */
    private LocalDate voteClosedOn(Proposal p) {
        List<Proposal.Step> steps = p.history();
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).status() == ProposalStatus.VOTING) {
                return day(steps.get(i).at());
            }
        }
        return dayOf(p, List.of(ProposalStatus.RECEIVED));
    }

    /** The day of the proposal's last step among {@code statuses}, or today. */
    private LocalDate dayOf(Proposal p, List<ProposalStatus> statuses) {
        return p.history().stream().filter(s -> statuses.contains(s.status())).map(s -> day(s.at()))
                .reduce((first, last) -> last).orElseGet(() -> LocalDate.now(clock.withZone(VIETNAM)));
    }

    /** The full names of the council's members; a member since removed, or of another alliance, is named by account. */
    private Map<String, String> councilNames() {
        try {
            return councils.get().members().stream()
                    .collect(Collectors.toMap(CouncilMember::username, CouncilMember::fullName, (a, b) -> a));
        } catch (ApiProblem noCouncil) {
            return Map.of();
        }
    }

    private static LocalDate day(Instant at) {
        return at.atZone(VIETNAM).toLocalDate();
    }

    private String alliance() {
        return documents.allianceName(TenantContext.require());
    }
}
