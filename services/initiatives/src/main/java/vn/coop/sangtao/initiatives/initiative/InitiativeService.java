package vn.coop.sangtao.initiatives.initiative;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Use cases of initiatives. */
@Service
public class InitiativeService {

    /** A withdrawn unit is no longer a member: it can neither author nor apply a new initiative. */
    private static final String WITHDRAWN = "WITHDRAWN";

    private final InitiativeRepository initiatives;
    private final KnownUnitRepository units;
    private final Clock clock;

    InitiativeService(InitiativeRepository initiatives, KnownUnitRepository units, Clock clock) {
        this.initiatives = initiatives;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Submits an initiative. Every unit it names (unit authors, person authors' units, the applying
     * unit) must be a member unit of the tenant as membership announced it, and not withdrawn; unit
     * authors take their name from there.
     */
    public Initiative submit(Initiative.Draft draft) {
        Map<String, KnownUnit> known = units.findAll(unitIds(draft));
        List<FieldProblem> unknown = new ArrayList<>();
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < draft.authors().size(); i++) {
            Author author = draft.authors().get(i);
            String unitId = author.kind() == AuthorKind.UNIT ? author.refId() : author.unitId();
            KnownUnit unit = known.get(unitId);
            if (unit == null || WITHDRAWN.equals(unit.status())) {
                unknown.add(new FieldProblem("authors[" + i + "]." + (author.kind() == AuthorKind.UNIT ? "refId" : "unitId"),
                        "unknownUnit"));
                continue;
            }
            String name = author.kind() == AuthorKind.UNIT ? unit.name() : author.name();
            authors.add(new Author(author.kind(), author.refId(), name, unitId, author.contribution()));
        }
        KnownUnit applying = known.get(draft.applyingUnitId());
        if (applying == null || WITHDRAWN.equals(applying.status())) {
            unknown.add(new FieldProblem("applyingUnitId", "unknownUnit"));
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.ruleOnFields("unknown-unit", unknown);
        }
        Initiative.Draft resolved = new Initiative.Draft(draft.kind(), draft.title(), draft.summary(), draft.field(),
                draft.year(), authors, draft.applyingUnitId(), draft.campaignId());
        Initiative initiative = Initiative.submit(TenantContext.require(), resolved, clock.instant(), Actor.current());
        initiatives.submit(initiative);
        return initiative;
    }

    public Initiative get(String id) {
        return initiatives.find(id).orElseThrow(() -> ApiProblem.notFound("initiative", id));
    }

    public PageResponse<Initiative> search(Integer year, String text, int page, int size) {
        String folded = text == null || text.isBlank() ? null : Text.fold(text);
        return new PageResponse<>(initiatives.search(year, folded, page, size), page, size,
                initiatives.count(year, folded));
    }

    private static Set<String> unitIds(Initiative.Draft draft) {
        Set<String> ids = new HashSet<>();
        ids.add(draft.applyingUnitId());
        draft.authors().forEach(a -> ids.add(a.kind() == AuthorKind.UNIT ? a.refId() : a.unitId()));
        ids.remove(null);
        return ids;
    }
}
