package vn.coop.sangtao.initiatives.initiative;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An initiative of a member unit's people, as submitted for review. */
public record Initiative(String id, String tenantId, InitiativeKind kind, String title, String titleKey,
                         String summary, String field, int year, List<Author> authors, String applyingUnitId,
                         String campaignId, InitiativeStatus status, Instant submittedAt, String submittedBy,
                         long version) {

    /** What a submitter provides. */
    public record Draft(InitiativeKind kind, String title, String summary, String field, int year,
                        List<Author> authors, String applyingUnitId, String campaignId) {
    }

    /**
     * Submits a draft. Authors must be distinct and their contributions must add up to 100 %;
     * whether the units exist is the service's question, not the aggregate's.
     */
    public static Initiative submit(String tenantId, Draft draft, Instant now, String actor) {
        checkAuthors(draft.authors());
        return new Initiative(UUID.randomUUID().toString(), tenantId, draft.kind(), draft.title().trim(),
                Text.fold(draft.title()), draft.summary(), draft.field(), draft.year(), List.copyOf(draft.authors()),
                draft.applyingUnitId(), draft.campaignId(), InitiativeStatus.SUBMITTED, now, actor, 0);
    }

    public InitiativeSubmitted submitted() {
        return new InitiativeSubmitted(id, tenantId, kind, title, summary, field, year, authors, applyingUnitId,
                campaignId, submittedAt);
    }

    private static void checkAuthors(List<Author> authors) {
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
}
