package vn.coop.sangtao.campaigns.campaign;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An emulation movement (phong trào thi đua) of one alliance: draft → launched → closed. A draft is
 * edited freely; launching freezes it, and from then on corrections are amendments kept beside the
 * launched contents. Storing a change and its event is the service's job.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Campaign {

    public static final String TOPIC = "campaigns.campaign.events";

    private String id;
    private String tenantId;
    private String code;
    private String title;
    private List<LegalDocument> legalBasis;
    private ParentCampaign parent;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private List<Content> contents;
    private Scope scope;
    private List<Criterion> criteria;
    private CampaignStatus status;
    private List<Amendment> amendments;
    private Instant createdAt;
    private String createdBy;
    private Instant launchedAt;
    private String launchedBy;
    private Instant closedAt;
    private String closedBy;
    @JsonIgnore
    private String searchKey;
    private long version;

    Campaign() {
        // for the store
    }

    static Campaign create(String tenantId, CampaignDraft draft, ParentCampaign parent, Instant now, String actor) {
        draft.check();
        Campaign c = new Campaign();
        c.id = UUID.randomUUID().toString();
        c.tenantId = tenantId;
        c.parent = parent;
        c.status = CampaignStatus.DRAFT;
        c.amendments = List.of();
        c.createdAt = now;
        c.createdBy = actor;
        c.write(draft);
        return c;
    }

    /** A province's own draft made from a launched national campaign, keeping the link to it. */
    static Campaign cascade(String tenantId, Campaign national, String code, Instant now, String actor) {
        if (national.status != CampaignStatus.LAUNCHED) {
            throw ApiProblem.rule("campaign-not-launched", national.code, national.status);
        }
        CampaignDraft draft = new CampaignDraft(code, national.title, national.legalBasis, national.periodStart,
                national.periodEnd, national.currentContents(), Scope.WHOLE_ALLIANCE, national.criteria);
        return create(tenantId, draft, new ParentCampaign(national.tenantId, national.id, national.code,
                national.title), now, actor);
    }

    /** Rewrites a draft; a launched or closed campaign is frozen. */
    void edit(CampaignDraft draft) {
        requireIn(CampaignStatus.DRAFT, "campaign-frozen");
        draft.check();
        write(draft);
    }

    void launch(Instant now, String actor) {
        requireIn(CampaignStatus.DRAFT, "campaign-not-draft");
        status = CampaignStatus.LAUNCHED;
        launchedAt = now;
        launchedBy = actor;
    }

    Amendment amend(String reason, int contentNumber, String text, Instant now, String actor) {
        requireIn(CampaignStatus.LAUNCHED, "campaign-not-launched");
        Amendment amendment = new Amendment(amendments.size() + 1, reason.trim(), contentNumber, text.trim(), now,
                actor);
        List<Amendment> all = new ArrayList<>(amendments);
        all.add(amendment);
        amendments = List.copyOf(all);
        return amendment;
    }

    void close(Instant now, String actor) {
        requireIn(CampaignStatus.LAUNCHED, "campaign-not-launched");
        status = CampaignStatus.CLOSED;
        closedAt = now;
        closedBy = actor;
    }

    /** The contents as launched, with every amendment applied in order. */
    public List<Content> currentContents() {
        Map<Integer, Content> byNumber = new TreeMap<>();
        contents.forEach(c -> byNumber.put(c.number(), c));
        amendments.forEach(a -> byNumber.put(a.contentNumber(), new Content(a.contentNumber(), a.text())));
        return List.copyOf(byNumber.values());
    }

    /** Every scored leaf of the criteria tree, in the order the tree lists them. */
    public List<Criterion> leaves() {
        List<Criterion> leaves = new ArrayList<>();
        walk(criteria, node -> {
            if (node.leaf()) {
                leaves.add(node);
            }
        });
        return leaves;
    }

    /** The scored leaf with this code, or a 422 naming it. */
    public Criterion leaf(String code) {
        return leaves().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiProblem.ruleOnFields("unknown-criterion",
                        List.of(new FieldProblem("criterion", "unknownCriterion")), code));
    }

    /** The year whose emulation blocks the campaign's scope and rankings use. */
    public int year() {
        return periodStart.getYear();
    }

    /** Pledges, scores and reviews happen while a campaign runs: launched, not yet closed. */
    public void requireLaunched() {
        requireIn(CampaignStatus.LAUNCHED, "campaign-not-launched");
    }

    private static void walk(List<Criterion> nodes, Consumer<Criterion> visit) {
        for (Criterion node : nodes) {
            visit.accept(node);
            walk(node.children(), visit);
        }
    }

    private void write(CampaignDraft draft) {
        code = draft.code();
        title = draft.title();
        legalBasis = draft.legalBasis();
        periodStart = draft.periodStart();
        periodEnd = draft.periodEnd();
        contents = draft.contents();
        scope = draft.scope();
        criteria = draft.criteria();
        searchKey = Text.fold(code + " " + title);
    }

    private void requireIn(CampaignStatus allowed, String problem) {
        if (status != allowed) {
            throw ApiProblem.rule(problem, code, status);
        }
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String code() { return code; }
    public String title() { return title; }
    public List<LegalDocument> legalBasis() { return legalBasis; }
    public ParentCampaign parent() { return parent; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public List<Content> contents() { return contents; }
    public Scope scope() { return scope; }
    public List<Criterion> criteria() { return criteria; }
    public CampaignStatus status() { return status; }
    public List<Amendment> amendments() { return amendments; }
    public Instant createdAt() { return createdAt; }
    public Instant launchedAt() { return launchedAt; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
}
