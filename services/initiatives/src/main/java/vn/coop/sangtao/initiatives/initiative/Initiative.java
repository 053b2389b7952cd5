package vn.coop.sangtao.initiatives.initiative;

import vn.coop.sangtao.initiatives.similarity.Match;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An initiative from a member's first draft to the Golden Book. Its methods are the workflow: each
 * checks that the initiative is in a state that allows the step (else 422 {@code illegal-transition})
 * and records what happened. Storing the change and its event is the service's job.
 */
public class Initiative {

    private String id;
    private String tenantId;
    private InitiativeKind kind;
    private Content content;
    private String titleKey;
    private String searchKey;
    private List<Match> similarAtSubmission;
    private List<Author> authors;
    private String applyingUnitId;
    private String campaignId;
    private int year;
    private boolean confidential;
    private InitiativeStatus status;
    private List<Revision> revisions;
    private List<String> returnReasons;
    private LocalDate acceptedOn;
    private LocalDate decisionDue;
    private boolean blindReview;
    private List<Reviewer> reviewers;
    private Decision decision;
    private Integer typicalYear;
    private Nomination nomination;
    private List<Link> links;
    private Merge merge;
    private List<Adoption> adoptions;
    private Instant createdAt;
    private String createdBy;
    private Instant submittedAt;
    private String submittedBy;
    private long version;

    Initiative() {
        // for the store
    }

    /** What a submitter provides. */
    public record Draft(InitiativeKind kind, Content content, int year, List<Author> authors, String applyingUnitId,
                        String campaignId, boolean confidential) {
    }

    /** Starts a draft; authors must be distinct and their contributions must add up to 100 %. */
    public static Initiative draft(String tenantId, Draft draft, Instant now, String actor) {
        checkAuthors(draft.authors());
        Initiative i = new Initiative();
        i.id = UUID.randomUUID().toString();
        i.tenantId = tenantId;
        i.status = InitiativeStatus.DRAFT;
        i.revisions = List.of();
        i.returnReasons = List.of();
        i.reviewers = List.of();
        i.links = List.of();
        i.adoptions = List.of();
        i.createdAt = now;
        i.createdBy = actor;
        i.write(draft);
        return i;
    }

    /**
     * Changes the content. A draft or a returned dossier is edited in place; once submitted, every
     * change is kept as a numbered revision.
     */
    public void edit(Draft draft, Instant now, String actor) {
        requireIn("edit", InitiativeStatus.DRAFT, InitiativeStatus.RETURNED, InitiativeStatus.SUBMITTED,
                InitiativeStatus.UNDER_REVIEW);
        checkAuthors(draft.authors());
        write(draft);
        if (submittedAt != null) {
            keepRevision(now, actor);
        }
    }

    /** Submits a draft, or resubmits a dossier returned for completion. */
    public boolean submit(Instant now, String actor) {
        requireIn("submit", InitiativeStatus.DRAFT, InitiativeStatus.RETURNED);
        boolean first = submittedAt == null;
        status = InitiativeStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = actor;
        keepRevision(now, actor);
        return first;
    }

    /** Screening: the dossier is complete; the statutory clock starts and a decision is due in three months. */
    public void accept(LocalDate on) {
        requireIn("accept", InitiativeStatus.SUBMITTED);
        status = InitiativeStatus.UNDER_REVIEW;
        acceptedOn = on;
        decisionDue = on.plusMonths(3);
        returnReasons = List.of();
    }

    /** Screening: the dossier is returned to the authors for completion, with the reasons. */
    public void returnForCompletion(List<String> reasons) {
        requireIn("return", InitiativeStatus.SUBMITTED);
        status = InitiativeStatus.RETURNED;
        returnReasons = List.copyOf(reasons);
    }

    /** Assigns reviewers, who have already been cleared of conflicts of interest. */
    public void assignReviewers(List<Reviewer> cleared, boolean blind) {
        requireIn("assign", InitiativeStatus.UNDER_REVIEW);
        List<Reviewer> all = new ArrayList<>(reviewers);
        for (Reviewer reviewer : cleared) {
            if (all.stream().noneMatch(r -> r.personId().equals(reviewer.personId()))) {
                all.add(reviewer);
            }
        }
        reviewers = List.copyOf(all);
        blindReview = blind;
    }

    public Reviewer score(String username, Scores scores, String comment, Instant now) {
        return replaceReviewer(username, r -> r.scored(scores, comment, now));
    }

    public Reviewer recuse(String username, String reason, Instant now) {
        return replaceReviewer(username, r -> r.recused(reason, now));
    }

    private Reviewer replaceReviewer(String username, java.util.function.UnaryOperator<Reviewer> change) {
        requireIn("review", InitiativeStatus.UNDER_REVIEW);
        List<Reviewer> all = new ArrayList<>(reviewers);
        for (int i = 0; i < all.size(); i++) {
            Reviewer reviewer = all.get(i);
            if (reviewer.username().equals(username)) {
                if (reviewer.state() == Reviewer.ReviewerState.RECUSED) {
                    throw ApiProblem.rule("reviewer-recused");
                }
                Reviewer changed = change.apply(reviewer);
                all.set(i, changed);
                reviewers = List.copyOf(all);
                return changed;
            }
        }
        throw ApiProblem.forbidden("not-a-reviewer");
    }

    /** Recognises the initiative at a level; the council must have scored it first. */
    public void recognise(RecognitionLevel level, String number, LocalDate date, int minimumReviews, String actor,
                          Instant now) {
        requireIn("recognise", InitiativeStatus.UNDER_REVIEW);
        long scored = reviewers.stream().filter(r -> r.state() == Reviewer.ReviewerState.SCORED).count();
        if (scored < minimumReviews) {
            throw ApiProblem.rule("reviews-missing", minimumReviews, scored);
        }
        status = InitiativeStatus.RECOGNISED;
        decision = new Decision(true, level, number, date, null, actor, now);
    }

    public void reject(String reasons, LocalDate date, String actor, Instant now) {
        requireIn("reject", InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW);
        status = InitiativeStatus.REJECTED;
        decision = new Decision(false, null, null, date, reasons, actor, now);
    }

    /** Marks a recognised initiative as one of the year's typical ones (tiêu biểu). */
    public void markTypical(int ofYear) {
        requireIn("mark-typical", InitiativeStatus.RECOGNISED);
        typicalYear = ofYear;
    }

    public void nominate(int forYear, String letter, String actor, Instant now) {
        requireIn("nominate", InitiativeStatus.RECOGNISED);
        if (typicalYear == null) {
            throw ApiProblem.rule("not-typical");
        }
        if (nomination != null) {
            throw ApiProblem.conflict("already-nominated", nomination.year());
        }
        nomination = new Nomination(forYear, letter, now, actor, Nomination.NominationOutcome.PENDING, null, null);
    }

    /** Records the national alliance's decision on the nomination. */
    public void recordNominationOutcome(boolean selected, String publishedIn, Instant now) {
        if (nomination == null) {
            throw ApiProblem.rule("not-nominated");
        }
        nomination = new Nomination(nomination.year(), nomination.letter(), nomination.nominatedAt(),
                nomination.nominatedBy(), selected ? Nomination.NominationOutcome.SELECTED
                : Nomination.NominationOutcome.NOT_SELECTED, publishedIn, now);
    }

    /** Keeps the similar initiatives found when it was submitted, for the officer who screens it. */
    public void noteSimilar(List<Match> matches) {
        similarAtSubmission = List.copyOf(matches);
    }

    public void link(String otherId, Link.Relation relation, double score) {
        if (otherId.equals(id)) {
            throw ApiProblem.rule("link-to-itself");
        }
        List<Link> all = new ArrayList<>(links.stream().filter(l -> !l.initiativeId().equals(otherId)).toList());
        all.add(new Link(otherId, relation, score));
        links = List.copyOf(all);
    }

    /**
     * Folds this initiative, a duplicate found before its decision, into {@code other}: it leaves the
     * workflow (its statutory clock stops) and keeps a duplicate link to the one it repeats.
     */
    public void mergeInto(Initiative other, double score, String reason, Instant now, String actor) {
        requireIn("merge", InitiativeStatus.SUBMITTED, InitiativeStatus.RETURNED, InitiativeStatus.UNDER_REVIEW);
        if (other.id.equals(id)) {
            throw ApiProblem.rule("link-to-itself");
        }
        if (other.status == InitiativeStatus.DRAFT || other.status == InitiativeStatus.MERGED) {
            throw ApiProblem.rule("merge-target-unavailable", other.status);
        }
        link(other.id, Link.Relation.DUPLICATE_OF, score);
        merge = new Merge(other.id, reason, score, now, actor);
        status = InitiativeStatus.MERGED;
        decisionDue = null;
    }

    public void recordAdoption(Adoption adoption) {
        requireIn("record-adoption", InitiativeStatus.RECOGNISED, InitiativeStatus.UNDER_REVIEW);
        List<Adoption> all = new ArrayList<>(adoptions);
        all.add(adoption);
        adoptions = List.copyOf(all);
    }

    private void write(Draft draft) {
        kind = draft.kind();
        content = draft.content();
        titleKey = Text.fold(content.title());
        searchKey = Text.fold(String.join(" ", content.title(), nullToEmpty(content.summary()),
                nullToEmpty(content.solution())));
        year = draft.year();
        authors = List.copyOf(draft.authors());
        applyingUnitId = draft.applyingUnitId();
        campaignId = draft.campaignId();
        confidential = draft.confidential();
    }

    private void keepRevision(Instant now, String actor) {
        List<Revision> all = new ArrayList<>(revisions);
        all.add(new Revision(all.size() + 1, now, actor, content, authors));
        revisions = List.copyOf(all);
    }

    private void requireIn(String step, InitiativeStatus... allowed) {
        for (InitiativeStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw ApiProblem.rule("illegal-transition", step, status);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static void checkAuthors(List<Author> authors) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            total += author.contribution();
            if (!seen.add(author.kind() + ":" + author.refId())) {
                errors.add(new FieldProblem("authors[" + i + "].refId", "duplicateAuthor"));
            }
        }
        if (total != 100) {
            errors.add(new FieldProblem("authors", "contributionsMustSumTo100"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-authors", errors, total);
        }
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public InitiativeKind kind() { return kind; }
    public Content content() { return content; }
    public String title() { return content.title(); }
    public String summary() { return content.summary(); }
    public String field() { return content.field(); }
    public List<Author> authors() { return authors; }
    public String applyingUnitId() { return applyingUnitId; }
    public String campaignId() { return campaignId; }
    public int year() { return year; }
    public boolean confidential() { return confidential; }
    public InitiativeStatus status() { return status; }
    public List<Revision> revisions() { return revisions; }
    public List<String> returnReasons() { return returnReasons; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate decisionDue() { return decisionDue; }
    public boolean blindReview() { return blindReview; }
    public List<Reviewer> reviewers() { return reviewers; }
    public Decision decision() { return decision; }
    public Integer typicalYear() { return typicalYear; }
    public Nomination nomination() { return nomination; }
    public List<Link> links() { return links; }
    public Merge merge() { return merge; }
    public List<Adoption> adoptions() { return adoptions; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public long version() { return version; }
    public String searchKey() { return searchKey; }
    public String titleKey() { return titleKey; }
    public List<Match> similarAtSubmission() { return similarAtSubmission == null ? List.of() : similarAtSubmission; }
}
