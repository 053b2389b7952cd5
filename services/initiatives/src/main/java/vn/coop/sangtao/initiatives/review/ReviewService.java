package vn.coop.sangtao.initiatives.review;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.council.Council;
import vn.coop.sangtao.initiatives.council.CouncilService;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeEvent;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.Reviewer;
import vn.coop.sangtao.initiatives.initiative.Scores;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Screening a dossier, assigning the council's reviewers and collecting their scores. */
@Service
public class ReviewService {

    private final InitiativeService initiatives;
    private final CouncilService councils;
    private final RubricRepository rubrics;
    private final Clock clock;

    ReviewService(InitiativeService initiatives, CouncilService councils, RubricRepository rubrics, Clock clock) {
        this.initiatives = initiatives;
        this.councils = councils;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    /** The dossier is complete: the statutory clock starts today. */
    public Initiative accept(String id) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        initiative.accept(LocalDate.now(clock));
        return initiatives.save(initiative, version, InitiativeEvent.SCREENED, new InitiativeEvent.Screened(id,
                initiative.tenantId(), true, initiative.acceptedOn(), initiative.decisionDue(), List.of()));
    }

    public Initiative returnForCompletion(String id, List<String> reasons) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        initiative.returnForCompletion(reasons);
        return initiatives.save(initiative, version, InitiativeEvent.SCREENED, new InitiativeEvent.Screened(id,
                initiative.tenantId(), false, null, null, reasons));
    }

    /** What assigning reviewers did: who was assigned and who was excluded, and why. */
    public record Assignment(Initiative initiative, List<ConflictOfInterest.Exclusion> excluded) {
    }

    /**
     * Assigns the council's members (or the chosen ones) as reviewers, excluding those with a
     * conflict of interest. At least the rubric's minimum number must remain, else nothing is assigned.
     */
    public Assignment assign(String id, String councilId, List<String> personIds, Boolean blind) {
        Initiative initiative = initiatives.get(id);
        Council council = councils.get(councilId);
        List<Council.CouncilMember> candidates = personIds == null || personIds.isEmpty() ? council.members()
                : council.members().stream().filter(m -> personIds.contains(m.personId())).toList();
        ConflictOfInterest.Screened screened = ConflictOfInterest.screen(initiative, candidates);
        Rubric rubric = rubrics.current();
        long alreadyActive = initiative.reviewers().stream()
                .filter(r -> r.state() != Reviewer.ReviewerState.RECUSED).count();
        long added = screened.cleared().stream()
                .filter(m -> initiative.reviewers().stream().noneMatch(r -> r.personId().equals(m.personId()))).count();
        if (alreadyActive + added < rubric.minimumReviews()) {
            throw ApiProblem.rule("too-few-reviewers", rubric.minimumReviews(), alreadyActive + added,
                    screened.excluded().size());
        }
        long version = initiative.version();
        List<Reviewer> cleared = screened.cleared().stream().map(m -> new Reviewer(m.personId(), m.name(), m.username(),
                Reviewer.ReviewerState.ASSIGNED, null, null, null, clock.instant())).toList();
        initiative.assignReviewers(cleared, blind != null ? blind : rubric.blindByDefault());
        Initiative saved = initiatives.save(initiative, version, InitiativeEvent.REVIEWERS_ASSIGNED,
                new InitiativeEvent.ReviewersAssigned(id, initiative.tenantId(),
                        initiative.reviewers().stream().map(Reviewer::personId).toList(), initiative.blindReview()));
        return new Assignment(saved, screened.excluded());
    }

    /** The acting council member's scores. */
    public Initiative score(String id, Scores scores, String comment) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        Reviewer reviewer = initiative.score(Actor.current(), scores, comment, clock.instant());
        return initiatives.save(initiative, version, InitiativeEvent.REVIEWED, new InitiativeEvent.Reviewed(id,
                initiative.tenantId(), reviewer.personId(), "SCORED", rubrics.current().weigh(scores)));
    }

    public Initiative recuse(String id, String reason) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        Reviewer reviewer = initiative.recuse(Actor.current(), reason, clock.instant());
        return initiatives.save(initiative, version, InitiativeEvent.REVIEWED, new InitiativeEvent.Reviewed(id,
                initiative.tenantId(), reviewer.personId(), "RECUSED", null));
    }

    public ReviewResult result(String id) {
        return ReviewResult.of(initiatives.get(id), rubrics.current());
    }

    public Rubric rubric() {
        return rubrics.current();
    }
}
