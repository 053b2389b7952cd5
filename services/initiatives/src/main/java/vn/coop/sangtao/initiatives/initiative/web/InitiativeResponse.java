package vn.coop.sangtao.initiatives.initiative.web;

import vn.coop.sangtao.initiatives.initiative.Adoption;
import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.Content;
import vn.coop.sangtao.initiatives.initiative.Decision;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.InitiativeStatus;
import vn.coop.sangtao.initiatives.initiative.Link;
import vn.coop.sangtao.initiatives.initiative.Merge;
import vn.coop.sangtao.initiatives.initiative.Nomination;
import vn.coop.sangtao.initiatives.initiative.Reviewer;
import vn.coop.sangtao.initiatives.similarity.Match;
import vn.coop.sangtao.platform.security.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as the caller may see it. In a blind review a council member sees no authors
 * ({@code authorsHidden}); the reviewers are shown to staff only; a confidential initiative shows
 * its content only to staff, its council and whoever created it. A council member sees their own
 * assignment ({@code myReview}), never the others'.
 */
public record InitiativeResponse(String id, InitiativeKind kind, String title, String summary, String field,
                                 int year, Content content, boolean confidential, boolean contentHidden,
                                 List<Author> authors, boolean authorsHidden, String applyingUnitId, String campaignId,
                                 InitiativeStatus status, int revisions, List<String> returnReasons,
                                 LocalDate acceptedOn, LocalDate decisionDue, boolean blindReview,
                                 List<Reviewer> reviewers, Reviewer myReview, Decision decision, Integer typicalYear,
                                 Nomination nomination, List<Link> links, Merge merge, List<Match> similarAtSubmission,
                                 List<Adoption> adoptions,
                                 Instant createdAt, String createdBy, Instant submittedAt, String submittedBy,
                                 long version) {

    public static InitiativeResponse of(Initiative i) {
        boolean staff = InitiativeService.isStaff();
        Reviewer mine = i.reviewers().stream().filter(r -> r.username().equals(Actor.current())).findFirst().orElse(null);
        boolean reviewer = mine != null;
        boolean creator = Actor.current().equals(i.createdBy());
        boolean hideAuthors = i.blindReview() && !staff && !creator;
        boolean hideContent = i.confidential() && !staff && !creator && !reviewer;
        return new InitiativeResponse(i.id(), i.kind(), i.title(), hideContent ? null : i.summary(), i.field(),
                i.year(), hideContent ? null : i.content(), i.confidential(), hideContent,
                hideAuthors ? null : i.authors(), hideAuthors, i.applyingUnitId(), i.campaignId(), i.status(),
                i.revisions().size(), i.returnReasons(), i.acceptedOn(), i.decisionDue(), i.blindReview(),
                staff ? i.reviewers() : null, mine, i.decision(), i.typicalYear(), i.nomination(), i.links(), i.merge(),
                staff ? i.similarAtSubmission() : null, i.adoptions(), i.createdAt(), i.createdBy(), i.submittedAt(), i.submittedBy(), i.version());
    }
}
