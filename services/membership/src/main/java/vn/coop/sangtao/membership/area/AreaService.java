package vn.coop.sangtao.membership.area;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The dated area tree of a tenant. Before the reform date (1 July 2025) a commune or ward sits under
 * a district; from it, directly under the province, and districts no longer exist.
 */
@Service
public class AreaService implements MergeParticipant {

    static final String COLLECTION = "areas";
    private static final int WHOLE_TREE = 5_000;

    private final Aggregates<Area> areas;
    private final LocalDate reform;

    AreaService(AggregateStore store, EventFactory events,
                @Value("${sangtao.membership.two-level-areas-from:2025-07-01}") LocalDate reform) {
        this.areas = new Aggregates<>(store, events, COLLECTION, AreaEvent.TOPIC, Area.class, Area::id);
        this.reform = reform;
    }

    public Area define(String code, String name, AreaLevel level, String parentId, LocalDate validFrom,
                       LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ApiProblem.rule("area-ends-before-start", validFrom, validTo);
        }
        Area area = Area.define(code, name, level, parentId, validFrom, validTo);
        checkPlace(area);
        areas.insert(area, AreaEvent.DEFINED, area.defined());
        return area;
    }

    /** Ends an area on {@code lastDay}; its children must end by then too. */
    public Area close(String id, LocalDate lastDay) {
        Area area = get(id);
        if (lastDay.isBefore(area.validFrom())) {
            throw ApiProblem.rule("area-ends-before-start", area.validFrom(), lastDay);
        }
        Area closed = area.close(lastDay);
        boolean childOutlives = areas.find(where("parentId").is(id), Sort.by("_id"), 0, WHOLE_TREE).stream()
                .anyMatch(child -> !closed.covers(child));
        if (childOutlives) {
            throw ApiProblem.rule("area-has-later-children", id, lastDay);
        }
        return areas.save(closed, area.version(), AreaEvent.CLOSED, new AreaEvent.Closed(id, lastDay));
    }

    public Area get(String id) {
        return areas.get(id);
    }

    /** The areas valid on {@code asOf}, optionally one level, the children of one area, or matching a name. */
    public PageResponse<Area> list(LocalDate asOf, AreaLevel level, String parentId, String text, int page, int size) {
        Criteria filter = validOn(asOf);
        if (level != null) {
            filter = filter.and("level").is(level);
        }
        if (parentId != null) {
            filter = filter.and("parentId").is(parentId);
        }
        if (text != null && !text.isBlank()) {
            filter = filter.and("nameKey").regex(java.util.regex.Pattern.quote(Text.fold(text)));
        }
        return areas.page(filter, Sort.by("level", "nameKey", "_id"), page, size);
    }

    /** Every area valid on {@code asOf}, for building the tree. */
    public List<Area> validOnDay(LocalDate asOf) {
        return areas.find(validOn(asOf), Sort.by("nameKey", "_id"), 0, WHOLE_TREE);
    }

    /** {@code id} and every area below it at any time, so a search by a province finds units of its communes. */
    public Set<String> withDescendants(String id) {
        get(id);
        Set<String> found = new LinkedHashSet<>(List.of(id));
        Deque<String> pending = new ArrayDeque<>(found);
        while (!pending.isEmpty()) {
            for (Area child : areas.find(where("parentId").is(pending.pop()), Sort.by("_id"), 0, WHOLE_TREE)) {
                if (found.add(child.id())) {
                    pending.push(child.id());
                }
            }
        }
        return found;
    }

    public boolean exists(String id) {
        return areas.find(id).isPresent();
    }

    private void checkPlace(Area area) {
        if (area.level() == AreaLevel.PROVINCE) {
            if (area.parentId() != null) {
                throw ApiProblem.rule("province-has-no-parent");
            }
            return;
        }
        if (area.level() == AreaLevel.DISTRICT
                && (!area.validFrom().isBefore(reform) || area.validTo() == null || !area.validTo().isBefore(reform))) {
            throw ApiProblem.rule("district-after-reform", reform);
        }
        if (area.parentId() == null) {
            throw ApiProblem.rule("area-needs-parent", area.level());
        }
        Area parent = get(area.parentId());
        if (parent.level() != expectedParent(area)) {
            throw ApiProblem.rule("area-wrong-parent", area.level(), expectedParent(area), parent.level());
        }
        if (!parent.covers(area)) {
            throw ApiProblem.rule("area-outside-parent-period", parent.name(), parent.validFrom(),
                    parent.validTo() == null ? "…" : parent.validTo());
        }
    }

    /** A commune's parent depends on the era it belongs to, so one record cannot span the reform. */
    private AreaLevel expectedParent(Area area) {
        if (!area.level().isGrassroots()) {
            return AreaLevel.PROVINCE;
        }
        boolean before = area.validFrom().isBefore(reform);
        boolean spans = before && (area.validTo() == null || !area.validTo().isBefore(reform));
        if (spans) {
            throw ApiProblem.rule("area-spans-reform", reform);
        }
        return before ? AreaLevel.DISTRICT : AreaLevel.PROVINCE;
    }

    private static Criteria validOn(LocalDate day) {
        return where("validFrom").lte(day).orOperator(where("validTo").is(null), where("validTo").gte(day));
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return areas.count(new Criteria());
    }

    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        return areas.transferAll(into, AreaEvent.DEFINED, Area::defined);
    }
}
