package vn.coop.sangtao.membership.unit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Use cases of member units. */
@Service
public class UnitService {

    private final UnitRepository units;
    private final Clock clock;

    UnitService(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    public MemberUnit register(String name, UnitKind kind, String taxCode, Sector sector) {
        if (!TaxCode.isValid(taxCode)) {
            throw ApiProblem.ruleOnFields("invalid-tax-code",
                    List.of(new FieldProblem("taxCode", "invalidTaxCode")), taxCode);
        }
        MemberUnit unit = MemberUnit.register(TenantContext.require(), name, kind, taxCode, sector, clock.instant(),
                Actor.current());
        try {
            units.register(unit);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("duplicate-tax-code", taxCode);
        }
        return unit;
    }

    /** Corrects a unit as read at {@code version}. */
    public MemberUnit update(String id, long version, String name, UnitKind kind, Sector sector) {
        MemberUnit updated = get(id).update(name, kind, sector);
        units.save(updated, version, UnitUpdated.TYPE, updated.updated(clock.instant()));
        return get(id);
    }

    /** Records a unit's new membership status from a date, keeping the history. */
    public MemberUnit changeStatus(String id, UnitStatus status, LocalDate effectiveFrom, String reason) {
        MemberUnit current = get(id);
        MemberUnit changed = current.changeStatus(status, effectiveFrom, reason, Actor.current(), clock.instant());
        units.save(changed, current.version(), UnitStatusChanged.TYPE, changed.statusChanged());
        return get(id);
    }

    public MemberUnit get(String id) {
        return units.find(id).orElseThrow(() -> ApiProblem.notFound("unit", id));
    }

    public PageResponse<MemberUnit> search(String text, UnitKind kind, UnitStatus status, int page, int size) {
        UnitSearch search = new UnitSearch(text == null || text.isBlank() ? null : Text.fold(text), kind, status,
                page, size);
        return new PageResponse<>(units.search(search), page, size, units.count(search));
    }
}
