package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The events of the initiative workflow, on {@value InitiativeSubmitted#TOPIC}, one per transition.
 * Only {@code submitted} is public (integrations deliver it); none carries a phone or an email, and
 * none names a reviewer's account.
 */
public final class InitiativeEvent {

    public static final String TOPIC = InitiativeSubmitted.TOPIC;
    public static final String DRAFTED = "vn.coop.sangtao.initiative.drafted.v1";
    public static final String RESUBMITTED = "vn.coop.sangtao.initiative.resubmitted.v1";
    public static final String REVISED = "vn.coop.sangtao.initiative.revised.v1";
    public static final String SCREENED = "vn.coop.sangtao.initiative.screened.v1";
    public static final String REVIEWERS_ASSIGNED = "vn.coop.sangtao.initiative.reviewers-assigned.v1";
    public static final String REVIEWED = "vn.coop.sangtao.initiative.reviewed.v1";
    public static final String DECIDED = "vn.coop.sangtao.initiative.decided.v1";
    public static final String TYPICAL_MARKED = "vn.coop.sangtao.initiative.typical-marked.v1";
    public static final String NOMINATED = "vn.coop.sangtao.initiative.nominated.v1";
    public static final String NOMINATION_RECEIVED = "vn.coop.sangtao.initiative.nomination-received.v1";
    public static final String NOMINATION_DECIDED = "vn.coop.sangtao.initiative.nomination-decided.v1";
    public static final String ADOPTED = "vn.coop.sangtao.initiative.adopted.v1";
    public static final String LINKED = "vn.coop.sangtao.initiative.linked.v1";
    public static final String MERGED = "vn.coop.sangtao.initiative.merged.v1";

    private InitiativeEvent() {
    }

    public record Drafted(String initiativeId, String tenantId, String title, Instant createdAt) {
    }

    public record Resubmitted(String initiativeId, String tenantId, int revision, Instant submittedAt) {
    }

    public record Revised(String initiativeId, String tenantId, int revision, String title, Instant revisedAt) {
    }

    /** Accepted as complete (the clock starts) or returned for completion with reasons. */
    public record Screened(String initiativeId, String tenantId, boolean accepted, LocalDate acceptedOn,
                           LocalDate decisionDue, List<String> reasons) {
    }

    public record ReviewersAssigned(String initiativeId, String tenantId, List<String> reviewerPersonIds,
                                    boolean blind) {
    }

    public record Reviewed(String initiativeId, String tenantId, String reviewerPersonId, String outcome,
                           Double weightedScore) {
    }

    /** The decision, with what awards needs to count a recognised initiative for its authors. */
    public record Decided(String initiativeId, String tenantId, String title, InitiativeKind kind, int year,
                          boolean recognised, RecognitionLevel level, String decisionNumber, LocalDate decisionDate,
                          String reasons, List<Author> authors, String applyingUnitId) {
    }

    public record TypicalMarked(String initiativeId, String tenantId, int year) {
    }

    /** Forwarded to the national alliance: everything its officers need to judge the nomination. */
    public record Nominated(String initiativeId, String tenantId, int year, String title, InitiativeKind kind,
                            String summary, String field, List<Author> authors, String applyingUnitId,
                            RecognitionLevel level, String decisionNumber, LocalDate decisionDate, String letter) {
    }

    /** The national alliance received a province's nomination; {@code tenantId} is the national tenant. */
    public record NominationReceived(String initiativeId, String tenantId, String provinceTenantId, int year,
                                     String title) {
    }

    /** The national alliance's outcome; {@code tenantId} is the province that nominated. */
    public record NominationDecided(String initiativeId, String tenantId, boolean selected, String publishedIn) {
    }

    public record Adopted(String initiativeId, String tenantId, String unitId, LocalDate adoptedOn, Long benefitVnd) {
    }

    public record Linked(String initiativeId, String tenantId, String otherInitiativeId, Link.Relation relation,
                         double score) {
    }

    public record Merged(String initiativeId, String tenantId, String intoInitiativeId, String reason, double score,
                         Instant mergedAt) {
    }
}
