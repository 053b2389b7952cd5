package vn.coop.sangtao.membership.exchange;

import jakarta.validation.Validator;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.TaxCode;
import vn.coop.sangtao.membership.unit.UnitKind;
import vn.coop.sangtao.membership.unit.UnitProfile;
import vn.coop.sangtao.membership.unit.web.RegisterUnitRequest;

import java.time.LocalDate;
import java.util.Map;

import static vn.coop.sangtao.membership.exchange.UnitSheet.*;

/** One row of the unit sheet, read and checked as the API checks a registration. */
record UnitRow(RowReader cells, String taxCode, UnitProfile profile) {

    /** The fields of the API's request, by the column that fills them. */
    static final Map<String, Column> REQUEST_FIELDS = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("kind", KIND), Map.entry("taxCode", TAX_CODE), Map.entry("sector", SECTOR),
            Map.entry("areaId", AREA), Map.entry("foundedOn", FOUNDED_ON), Map.entry("joinedOn", JOINED_ON),
            Map.entry("address", ADDRESS), Map.entry("phone", PHONE), Map.entry("email", EMAIL),
            Map.entry("head", HEAD));

    static UnitRow read(RowReader cells, AreaCodes areas, Validator validator) {
        String taxCode = cells.taxCode(TAX_CODE);
        String area = cells.text(AREA);
        String areaId = area == null ? null : areas.idOf(area);
        if (area != null && areaId == null) {
            cells.problem(AREA, "unknown-area", area);
        }
        UnitKind kind = cells.listed(KIND, KINDS);
        Sector sector = cells.listed(SECTOR, SECTORS);
        LocalDate foundedOn = cells.date(FOUNDED_ON);
        LocalDate joinedOn = cells.date(JOINED_ON);
        String name = cells.text(NAME);
        String address = cells.text(ADDRESS);
        String phone = cells.text(PHONE);
        String email = cells.text(EMAIL);
        String head = cells.text(HEAD);
        Violations.check(validator, new RegisterUnitRequest(name, kind, taxCode, sector, areaId, foundedOn, joinedOn,
                address, phone, email, head), REQUEST_FIELDS, cells);
        if (!cells.hasProblem(TAX_CODE) && !TaxCode.isValid(taxCode)) {
            cells.problem(TAX_CODE, "invalid-tax-code", taxCode);
        }
        return new UnitRow(cells, taxCode,
                new UnitProfile(name, kind, sector, areaId, foundedOn, joinedOn, address, phone, email, head));
    }

    /** The profile to store: this row's values, and the stored ones where the sheet has no such column. */
    UnitProfile appliedTo(UnitProfile stored, Header header) {
        UnitProfile p = profile;
        return new UnitProfile(p.name(), p.kind(), p.sector(),
                header.has(AREA) ? p.areaId() : stored.areaId(),
                header.has(FOUNDED_ON) ? p.foundedOn() : stored.foundedOn(),
                header.has(JOINED_ON) ? p.joinedOn() : stored.joinedOn(),
                header.has(ADDRESS) ? p.address() : stored.address(),
                header.has(PHONE) ? p.phone() : stored.phone(),
                header.has(EMAIL) ? p.email() : stored.email(),
                header.has(HEAD) ? p.head() : stored.head()).trimmed();
    }
}
