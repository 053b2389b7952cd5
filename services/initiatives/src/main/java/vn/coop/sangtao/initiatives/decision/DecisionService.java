package vn.coop.sangtao.initiatives.decision;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Adoption;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeEvent;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;
import vn.coop.sangtao.initiatives.review.RubricRepository;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** Deciding on initiatives, the statutory clock, typical initiatives, nominations and replication. */
@Service
public class DecisionService {

    private final InitiativeService initiatives;
    private final RubricRepository rubrics;
    private final KnownUnitRepository units;
    private final Clock clock;

    DecisionService(InitiativeService initiatives, RubricRepository rubrics, KnownUnitRepository units, Clock clock) {
        this.initiatives = initiatives;
        this.rubrics = rubrics;
        this.units = units;
        this.clock = clock;
    }

    /** Recognises an initiative at a level with the decision's number and date, or rejects it with reasons. */
    public Initiative decide(String id, boolean recognise, RecognitionLevel level, String number, LocalDate date,
                             String reasons) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        LocalDate on = date != null ? date : LocalDate.now(clock);
        if (recognise) {
            if (level == null || number == null || number.isBlank()) {
                throw ApiProblem.ruleOnFields("decision-incomplete", List.of(
                        new FieldProblem(level == null ? "level" : "decisionNumber", "requiredToRecognise")));
            }
            initiative.recognise(level, number.trim(), on, rubrics.current().minimumReviews(), Actor.current(),
                    clock.instant());
        } else {
            if (reasons == null || reasons.isBlank()) {
                throw ApiProblem.ruleOnFields("reasons-required",
                        List.of(new FieldProblem("reasons", "requiredToReject")));
            }
            initiative.reject(reasons.trim(), on, Actor.current(), clock.instant());
        }
        var d = initiative.decision();
        return initiatives.save(initiative, version, InitiativeEvent.DECIDED, new InitiativeEvent.Decided(id,
                initiative.tenantId(), initiative.title(), initiative.kind(), initiative.year(), d.recognised(),
                d.level(), d.decisionNumber(), d.decisionDate(), d.reasons(), initiative.authors(),
                initiative.applyingUnitId()));
    }

    public Initiative markTypical(String id, int year) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        initiative.markTypical(year);
        return initiatives.save(initiative, version, InitiativeEvent.TYPICAL_MARKED,
                new InitiativeEvent.TypicalMarked(id, initiative.tenantId(), year));
    }

    /** Nominates a typical initiative for the Golden Book; the event forwards it to the national alliance. */
    public Initiative nominate(String id, int year, String letter) {
        Initiative initiative = initiatives.get(id);
        long version = initiative.version();
        initiative.nominate(year, letter, Actor.current(), clock.instant());
        var d = initiative.decision();
        return initiatives.save(initiative, version, InitiativeEvent.NOMINATED, new InitiativeEvent.Nominated(id,
                initiative.tenantId(), year, initiative.title(), initiative.kind(), initiative.summary(),
                initiative.field(), initiative.authors(), initiative.applyingUnitId(), d.level(), d.decisionNumber(),
                d.decisionDate(), letter));
    }

    /** Records a unit that replicated the initiative. */
    public Initiative adopt(String id, String unitId, LocalDate adoptedOn, Long benefitVnd, String note) {
        Initiative initiative = initiatives.get(id);
        KnownUnit unit = units.findAll(Set.of(unitId)).get(unitId);
        if (unit == null) {
            throw ApiProblem.ruleOnFields("unknown-unit", List.of(new FieldProblem("unitId", "unknownUnit")));
        }
        long version = initiative.version();
        initiative.recordAdoption(new Adoption(unitId, unit.name(), adoptedOn, benefitVnd, note));
        return initiatives.save(initiative, version, InitiativeEvent.ADOPTED, new InitiativeEvent.Adopted(id,
                initiative.tenantId(), unitId, adoptedOn, benefitVnd));
    }

    /** What is overdue, and what falls due within {@code days}, earliest first. */
    public List<ClockEntry> clock(int days) {
        LocalDate today = LocalDate.now(clock);
        return initiatives.dueBy(today.plusDays(days)).stream().map(i -> {
            long left = ChronoUnit.DAYS.between(today, i.decisionDue());
            return new ClockEntry(i.id(), i.title(), i.acceptedOn(), i.decisionDue(), left, left < 0);
        }).toList();
    }
}
