package vn.coop.sangtao.awards.goldenbook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The yearly Golden Book cycle of a tenant: its deadline calendar, the dossier compiled from the
 * year's typical initiatives (those an earlier book published left out), and the outcome recorded
 * per work. Marking typical, nominating and the national selection stay in the initiatives service;
 * their events tell awards what happened ({@link GoldenBookWorksRepository}).
 */
@Service
@EnableConfigurationProperties(GoldenBookProperties.class)
public class GoldenBookService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Aggregates<GoldenBookCycle> cycles;
    private final GoldenBookWorksRepository works;
    private final WorkDescriptionService descriptions;
    private final GoldenBookProperties settings;
    private final Clock clock;

    GoldenBookService(AggregateStore store, EventFactory events, GoldenBookWorksRepository works,
                      WorkDescriptionService descriptions, GoldenBookProperties settings, Clock clock) {
        this.cycles = new Aggregates<>(store, events, "golden_book_cycles", GoldenBookCycle.TOPIC,
                GoldenBookCycle.class, GoldenBookCycle::id);
        this.works = works;
        this.descriptions = descriptions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The year's cycle as it stands today; a year not yet started shows the default calendar. */
    public GoldenBookView view(int year) {
        return view(cycleOf(year));
    }

    /** Sets the year's calendar; a deadline that keeps its key keeps its done mark. */
    public GoldenBookView setCalendar(int year, List<Deadline> deadlines) {
        requireSound(year, deadlines);
        GoldenBookCycle cycle = cycleOf(year);
        return save(cycle, cycle.withCalendar(deadlines), GoldenBookChanged.CALENDAR_SET, null, null);
    }

    public GoldenBookView markDone(int year, String key) {
        GoldenBookCycle cycle = cycleOf(year);
        GoldenBookCycle done = cycle.done(key, clock.instant(), Actor.current());
        return done.equals(cycle) ? view(cycle) : save(cycle, done, GoldenBookChanged.DEADLINE_DONE, key, null);
    }

    /**
     * Compiles the dossier from the initiatives marked typical of the year, leaving out those an
     * earlier Golden Book published; works already in the dossier keep their recorded outcome.
     */
    public GoldenBookView compile(int year) {
        GoldenBookCycle cycle = cycleOf(year);
        Map<String, ExcludedWork> publishedEarlier = publishedBefore(year);
        List<KnownWork> typical = works.typicalOf(year);
        Map<String, DossierWork> described = descriptions.describe(typical);
        List<DossierWork> dossier = new ArrayList<>();
        List<ExcludedWork> excluded = new ArrayList<>();
        for (KnownWork work : typical) {
            ExcludedWork earlier = publishedEarlier.get(work.id());
            if (earlier != null) {
                excluded.add(new ExcludedWork(work.id(), described.get(work.id()).title(), earlier.publishedYear(),
                        earlier.publishedIn()));
            } else {
                dossier.add(described.get(work.id()));
            }
        }
        dossier.sort(Comparator.comparing(DossierWork::title, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DossierWork::initiativeId));
        excluded.sort(Comparator.comparing(ExcludedWork::initiativeId));
        return save(cycle, cycle.compiled(dossier, excluded, clock.instant(), Actor.current()),
                GoldenBookChanged.DOSSIER_COMPILED, null, null);
    }

    /** Records what became of a work of the year's dossier. */
    public GoldenBookView recordOutcome(int year, String initiativeId, WorkOutcome outcome, String publishedIn) {
        if (outcome == WorkOutcome.PENDING) {
            throw new ApiProblem(400, "validation-failed", List.of(new FieldProblem("outcome", "outcomeDecided")));
        }
        GoldenBookCycle cycle = cycleOf(year);
        return save(cycle, cycle.outcome(initiativeId, outcome, publishedIn, clock.instant(), Actor.current()),
                GoldenBookChanged.OUTCOME_RECORDED, null, initiativeId);
    }

    /** The deadlines due soon or overdue today, of this year's cycle and of last year's if it was kept. */
    public List<DueDeadline> due() {
        LocalDate today = today();
        List<DueDeadline> due = new ArrayList<>();
        cycles.find(GoldenBookCycle.idOf(TenantContext.require(), today.getYear() - 1))
                .ifPresent(last -> due.addAll(dueIn(view(last))));
        due.addAll(dueIn(view(today.getYear())));
        return due;
    }

    private List<DueDeadline> dueIn(GoldenBookView cycle) {
        return cycle.calendar().stream().filter(e -> e.status() == DeadlineStatus.DUE_SOON
                || e.status() == DeadlineStatus.OVERDUE).map(e -> DueDeadline.of(cycle.year(), e)).toList();
    }

    private GoldenBookCycle cycleOf(int year) {
        String tenant = TenantContext.require();
        return cycles.find(GoldenBookCycle.idOf(tenant, year))
                .orElseGet(() -> GoldenBookCycle.fresh(tenant, year, settings.defaults(year)));
    }

    private GoldenBookView view(GoldenBookCycle cycle) {
        Set<String> ids = cycle.works().stream().map(DossierWork::initiativeId).collect(Collectors.toSet());
        return GoldenBookView.of(cycle, ids.isEmpty() ? Map.of() : works.byIds(ids), today(), settings.dueSoonDays());
    }

    private GoldenBookView save(GoldenBookCycle before, GoldenBookCycle after, String type, String deadline,
                                String initiativeId) {
        GoldenBookChanged event = GoldenBookChanged.of(after, deadline, initiativeId, clock.instant());
        try {
            if (before.stored()) {
                return view(cycles.save(after, before.version(), type, event));
            }
            cycles.insert(after, type, event);
            return view(cycles.get(after.id()));
        } catch (DuplicateKeyException startedMeanwhile) {
            throw ApiProblem.conflict("version-conflict");
        }
    }

    /** The works an earlier book published, as the national decision said or an officer recorded. */
    private Map<String, ExcludedWork> publishedBefore(int year) {
        Map<String, ExcludedWork> published = new HashMap<>();
        cycles.find(where("year").lt(year), Sort.by("year"), 0, 200).forEach(c -> c.works().stream()
                .filter(w -> w.outcome() == WorkOutcome.PUBLISHED && w.outcomeAt() != null)
                .forEach(w -> published.put(w.initiativeId(),
                        new ExcludedWork(w.initiativeId(), w.title(), c.year(), w.publishedIn()))));
        works.typicalOf(year).stream().filter(w -> w.publishedYear() != null && w.publishedYear() < year)
                .forEach(w -> published.putIfAbsent(w.id(),
                        new ExcludedWork(w.id(), w.title(), w.publishedYear(), w.publishedIn())));
        return published;
    }

    /** Keys once each; every day within the year before to the year after the cycle's. */
    private static void requireSound(int year, List<Deadline> deadlines) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            if (!keys.add(d.key())) {
                errors.add(new FieldProblem("deadlines[" + i + "].key", "duplicateDeadline"));
            }
            if (Math.abs(d.due().getYear() - year) > 1) {
                errors.add(new FieldProblem("deadlines[" + i + "].due", "dueOutsideCycle"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-calendar", errors, String.valueOf(year));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }
}
