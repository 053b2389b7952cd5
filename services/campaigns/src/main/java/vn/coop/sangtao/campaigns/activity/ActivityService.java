package vn.coop.sangtao.campaigns.activity;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.membership.KnownPerson;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Recording activities with their participating units and attendance, and finding them again. */
@Service
public class ActivityService {

    private final Aggregates<Activity> activities;
    private final CampaignService campaigns;
    private final MembershipRepository directory;
    private final Clock clock;

    ActivityService(AggregateStore store, EventFactory events, MongoTemplate mongo, CampaignService campaigns,
                    MembershipRepository directory, Clock clock) {
        this.activities = new Aggregates<>(store, events, "activities", Activity.TOPIC, Activity.class, Activity::id);
        this.campaigns = campaigns;
        this.directory = directory;
        this.clock = clock;
        mongo.indexOps("activities").createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("unitIds", Sort.Direction.ASC).on("kind", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                .named("tenant_unit_kind_date"));
        mongo.indexOps("activities").createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("campaignId", Sort.Direction.ASC).on("date", Sort.Direction.DESC).named("tenant_campaign_date"));
    }

    public Activity record(ActivityDraft draft) {
        Activity activity = build(UUID.randomUUID().toString(), draft, 0);
        activities.insert(activity, ActivityChanged.RECORDED, ActivityChanged.of(activity, null));
        return activity;
    }

    /** Corrects an activity: its units, attendance or details. */
    public Activity change(String id, ActivityDraft draft) {
        Activity before = get(id);
        Activity after = build(id, draft, before.version());
        return activities.save(after, before.version(), ActivityChanged.CHANGED, ActivityChanged.of(after, before));
    }

    public Activity get(String id) {
        return activities.find(id).orElseThrow(() -> ApiProblem.notFound("activity", id));
    }

    /** Activities newest first, by campaign, kind, participating unit and date range, each optional. */
    public PageResponse<Activity> list(String campaignId, ActivityKind kind, String unitId, LocalDate from,
                                       LocalDate to, int page, int size) {
        Criteria filter = filter(unitId, kind, from, to);
        if (campaignId != null) {
            filter = filter.and("campaignId").is(campaignId);
        }
        return activities.page(filter, Sort.by(Sort.Direction.DESC, "date").and(Sort.by("_id")), page, size);
    }

    /** The ids of the activities of {@code kind} that a unit took part in between two days, inclusive. */
    public List<String> attendedBy(String unitId, ActivityKind kind, LocalDate from, LocalDate to) {
        return activities.find(filter(unitId, kind, from, to), Sort.by("date", "_id"), 0, 10_000).stream()
                .map(Activity::id).toList();
    }

    private static Criteria filter(String unitId, ActivityKind kind, LocalDate from, LocalDate to) {
        Criteria filter = new Criteria();
        if (unitId != null) {
            filter = filter.and("unitIds").is(unitId);
        }
        if (kind != null) {
            filter = filter.and("kind").is(kind);
        }
        if (from != null || to != null) {
            Criteria date = filter.and("date");
            if (from != null) {
                date = date.gte(from);
            }
            if (to != null) {
                date.lte(to);
            }
        }
        return filter;
    }

    /**
     * Checks the draft against campaigns and membership and groups the attendance by unit. The unit
     * of each attendee takes part even when the officer did not list it.
     */
    private Activity build(String id, ActivityDraft draft, long version) {
        if (draft.campaignId() != null) {
            campaigns.get(draft.campaignId());
        }
        Map<String, KnownPerson> people = directory.people(draft.attendeeIds());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, List<String>> attendance = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>(draft.unitIds());
        for (int i = 0; i < draft.attendeeIds().size(); i++) {
            KnownPerson person = people.get(draft.attendeeIds().get(i));
            if (person == null || person.left()) {
                problems.add(new FieldProblem("attendeeIds[" + i + "]", "unknownPerson"));
                continue;
            }
            units.add(person.unitId());
            attendance.computeIfAbsent(person.unitId(), u -> new ArrayList<>()).add(person.id());
        }
        Set<String> known = directory.units(units).keySet();
        int i = 0;
        for (String unit : units) {
            if (!known.contains(unit)) {
                problems.add(new FieldProblem("unitIds[" + i + "]", "unknownUnit"));
            }
            i++;
        }
        if (units.isEmpty()) {
            problems.add(new FieldProblem("unitIds", "atLeastOneUnit"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-activity", problems);
        }
        return new Activity(id, TenantContext.require(), draft.campaignId(), draft.kind(), draft.title().trim(),
                draft.date(), draft.place(), draft.organiser(), List.copyOf(units), attendance, draft.contentNumbers(),
                clock.instant(), Actor.current(), version);
    }
}
