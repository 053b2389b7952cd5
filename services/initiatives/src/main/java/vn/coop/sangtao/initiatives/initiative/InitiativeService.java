package vn.coop.sangtao.initiatives.initiative;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.campaign.KnownCampaign;
import vn.coop.sangtao.initiatives.campaign.KnownCampaignRepository;
import vn.coop.sangtao.initiatives.person.KnownPerson;
import vn.coop.sangtao.initiatives.person.KnownPersonRepository;
import vn.coop.sangtao.initiatives.similarity.SimilarityService;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Drafting, submitting and revising initiatives, and reading them. */
@Service
public class InitiativeService {

    static final String COLLECTION = "initiatives";

    /** A withdrawn unit is no longer a member: it can neither author nor apply a new initiative. */
    private static final String WITHDRAWN = "WITHDRAWN";
    /** How many similar initiatives a submission keeps for the officer who screens it. */
    private static final int SIMILAR_KEPT = 5;

    private final Aggregates<Initiative> initiatives;
    private final KnownUnitRepository units;
    private final KnownPersonRepository people;
    private final SimilarityService similarity;
    private final InitiativeSearchService search;
    private final KnownCampaignRepository campaigns;
    private final Clock clock;

    InitiativeService(AggregateStore store, EventFactory events, KnownUnitRepository units,
                      KnownPersonRepository people, SimilarityService similarity,
                      KnownCampaignRepository campaigns, InitiativeSearchService search, Clock clock) {
        this.initiatives = new Aggregates<>(store, events, COLLECTION, InitiativeEvent.TOPIC, Initiative.class,
                Initiative::id);
        this.units = units;
        this.people = people;
        this.similarity = similarity;
        this.campaigns = campaigns;
        this.search = search;
        this.clock = clock;
    }

    /** Starts a draft, or with {@code submit} submits it at once (the integration event goes out). */
    public Initiative create(Initiative.Draft draft, boolean submit) {
        Initiative initiative = Initiative.draft(TenantContext.require(), resolve(draft), clock.instant(),
                Actor.current());
        if (submit) {
            initiative.submit(clock.instant(), Actor.current());
            initiative.noteSimilar(similarity.similarTo(initiative, SIMILAR_KEPT));
            initiatives.insert(initiative, InitiativeSubmitted.TYPE, submitted(initiative));
            return indexed(initiative);
        }
        initiatives.insert(initiative, InitiativeEvent.DRAFTED, new InitiativeEvent.Drafted(initiative.id(),
                initiative.tenantId(), initiative.title(), initiative.createdAt()));
        return indexed(initiative);
    }

    /** Edits a draft in place, or records a revision of a submitted initiative; its author or staff only. */
    public Initiative edit(String id, long version, Initiative.Draft draft) {
        Initiative initiative = get(id);
        requireAuthorOrStaff(initiative);
        initiative.edit(resolve(draft), clock.instant(), Actor.current());
        return indexed(initiatives.save(initiative, version, InitiativeEvent.REVISED, new InitiativeEvent.Revised(id,
                initiative.tenantId(), initiative.revisions().size(), initiative.title(), clock.instant())));
    }

    /** Submits a draft (announced publicly) or resubmits a returned dossier. */
    public Initiative submit(String id) {
        Initiative initiative = get(id);
        requireAuthorOrStaff(initiative);
        long version = initiative.version();
        boolean first = initiative.submit(clock.instant(), Actor.current());
        initiative.noteSimilar(similarity.similarTo(initiative, SIMILAR_KEPT));
        if (first) {
            return indexed(initiatives.save(initiative, version, InitiativeSubmitted.TYPE, submitted(initiative)));
        }
        return indexed(initiatives.save(initiative, version, InitiativeEvent.RESUBMITTED,
                new InitiativeEvent.Resubmitted(id, initiative.tenantId(), initiative.revisions().size(),
                        initiative.submittedAt())));
    }

    public Initiative get(String id) {
        return initiatives.find(id).orElseThrow(() -> ApiProblem.notFound("initiative", id));
    }

    /** Saves a workflow step taken on {@code initiative} as read at {@code version}, with its event. */
    public Initiative save(Initiative initiative, long version, String eventType, Object event) {
        return indexed(initiatives.save(initiative, version, eventType, event));
    }

    /** Links an initiative to a similar one of the tenant, as a duplicate or as related, with their similarity. */
    public Initiative link(String id, String otherId, Link.Relation relation) {
        Initiative initiative = get(id);
        Initiative other = get(otherId);
        double score = similarity.score(initiative, other);
        long version = initiative.version();
        initiative.link(other.id(), relation, score);
        return indexed(initiatives.save(initiative, version, InitiativeEvent.LINKED, new InitiativeEvent.Linked(id,
                initiative.tenantId(), other.id(), relation, score)));
    }

    /** Folds a duplicate into the initiative it repeats, with their similarity. */
    public Initiative merge(String id, String intoId, String reason) {
        Initiative duplicate = get(id);
        Initiative original = get(intoId);
        double score = similarity.score(duplicate, original);
        long version = duplicate.version();
        duplicate.mergeInto(original, score, reason, clock.instant(), Actor.current());
        return indexed(initiatives.save(duplicate, version, InitiativeEvent.MERGED, new InitiativeEvent.Merged(id,
                duplicate.tenantId(), intoId, reason, score, clock.instant())));
    }

    /** Records on the initiative what an event of another aggregate already announced. */
    public Initiative saveAnnounced(Initiative initiative, long version) {
        return indexed(initiatives.saveAnnounced(initiative, version));
    }

    /** A page of the current tenant's initiatives that pass {@code filter}, in {@code sort}'s order. */
    public PageResponse<Initiative> search(InitiativeFilter filter, Sort.Order sort, int page, int size) {
        return search.search(filter, sort, page, size);
    }

    /** Initiatives under review whose decision is due by {@code until}, earliest first (overdue ones included). */
    public List<Initiative> dueBy(LocalDate until) {
        return search.dueBy(until, 1_000);
    }

    /** The initiatives nominated for the Golden Book of {@code year}, in the order they were nominated. */
    public List<Initiative> nominatedFor(int year) {
        return initiatives.find(where("nomination.year").is(year), Sort.by("nomination.nominatedAt", "_id"), 0, 1_000);
    }

    public InitiativeSubmitted submitted(Initiative i) {
        KnownUnit applying = units.findAll(Set.of(i.applyingUnitId())).get(i.applyingUnitId());
        String campaignTitle = i.campaignId() == null ? null
                : campaigns.find(i.campaignId()).map(KnownCampaign::title).orElse(null);
        return new InitiativeSubmitted(i.id(), i.tenantId(), i.kind(), i.title(), i.summary(), i.field(), i.year(),
                i.authors(), i.applyingUnitId(), applying == null ? null : applying.name(), i.campaignId(),
                campaignTitle, i.submittedAt());
    }

    /** The initiative as stored, now also in this instance's search index. */
    private Initiative indexed(Initiative stored) {
        search.written(stored);
        return stored;
    }

    public static boolean isStaff() {
        return Actor.roles().contains("TENANT_ADMIN") || Actor.roles().contains("EMULATION_OFFICER");
    }

    private static void requireAuthorOrStaff(Initiative initiative) {
        if (!isStaff() && !Actor.current().equals(initiative.createdBy())) {
            throw ApiProblem.forbidden("not-your-initiative");
        }
    }

    /**
     * Every unit an initiative names (unit authors, person authors' units, the applying unit) must be
     * a member unit of the tenant as membership announced it, and not withdrawn; every person author
     * a person membership announced. Names come from there.
     */
    private Initiative.Draft resolve(Initiative.Draft draft) {
        List<FieldProblem> unknown = new ArrayList<>();
        Map<String, KnownPerson> knownPeople = people.findAll(draft.authors().stream()
                .filter(a -> a.kind() == AuthorKind.PERSON).map(Author::refId).toList());
        Set<String> unitIds = new HashSet<>();
        unitIds.add(draft.applyingUnitId());
        for (Author a : draft.authors()) {
            unitIds.add(a.kind() == AuthorKind.UNIT ? a.refId()
                    : knownPeople.containsKey(a.refId()) ? knownPeople.get(a.refId()).unitId() : a.unitId());
        }
        unitIds.remove(null);
        Map<String, KnownUnit> known = units.findAll(unitIds);
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < draft.authors().size(); i++) {
            Author author = draft.authors().get(i);
            KnownPerson person = knownPeople.get(author.refId());
            if (author.kind() == AuthorKind.PERSON && person == null && author.name() == null) {
                unknown.add(new FieldProblem("authors[" + i + "].refId", "unknownPerson"));
                continue;
            }
            String unitId = author.kind() == AuthorKind.UNIT ? author.refId()
                    : person != null ? person.unitId() : author.unitId();
            KnownUnit unit = known.get(unitId);
            if (unit == null || WITHDRAWN.equals(unit.status())) {
                unknown.add(new FieldProblem("authors[" + i + "]." + (author.kind() == AuthorKind.UNIT ? "refId" : "unitId"),
                        "unknownUnit"));
                continue;
            }
            String name = author.kind() == AuthorKind.UNIT ? unit.name()
                    : person != null ? person.fullName() : author.name();
            authors.add(new Author(author.kind(), author.refId(), name, unitId, unit.name(), author.contribution()));
        }
        KnownUnit applying = known.get(draft.applyingUnitId());
        if (applying == null || WITHDRAWN.equals(applying.status())) {
            unknown.add(new FieldProblem("applyingUnitId", "unknownUnit"));
        }
        if (draft.campaignId() != null && campaigns.find(draft.campaignId()).isEmpty()) {
            unknown.add(new FieldProblem("campaignId", "unknownCampaign"));
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.ruleOnFields("unknown-unit", unknown);
        }
        return new Initiative.Draft(draft.kind(), draft.content(), draft.year(), authors, draft.applyingUnitId(),
                draft.campaignId(), draft.confidential());
    }
}
