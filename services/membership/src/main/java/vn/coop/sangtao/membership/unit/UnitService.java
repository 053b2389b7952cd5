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

    public MemberUnit get(String id) {
        return units.find(id).orElseThrow(() -> ApiProblem.notFound("unit", id));
    }

    public PageResponse<MemberUnit> search(String text, UnitKind kind, UnitStatus status, int page, int size) {
        UnitSearch search = new UnitSearch(text == null || text.isBlank() ? null : Text.fold(text), kind, status,
                page, size);
        return new PageResponse<>(units.search(search), page, size, units.count(search));
    }
}
