package vn.coop.sangtao.membership.exchange;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.person.Person;
import vn.coop.sangtao.membership.person.PersonFilter;
import vn.coop.sangtao.membership.person.PersonProfile;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.membership.unit.UnitAccess;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.web.PageResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the people a search finds, in the search's order, with the import's columns. Phone and
 * email are personal data: only the alliance's staff get those columns at all, so a sheet exported
 * by anyone else has no contact columns and can never blank contacts if it is imported later.
 */
@Service
public class PersonExportService {

    private final PersonService people;
    private final UnitService units;
    private final ExchangeProperties limits;

    PersonExportService(PersonService people, UnitService units, ExchangeProperties limits) {
        this.people = people;
        this.units = units;
        this.limits = limits;
    }

    /** Refuses (422) before opening the sheet when the search finds more rows than an export holds. */
    public void export(PersonFilter filter, boolean vietnamese, SheetWriter.Opener opener) throws IOException {
        PageResponse<Person> page = people.search(filter, 0, ExportPages.SIZE);
        ExportPages.requireWithin(page.total(), limits.maxExportRows());
        boolean contacts = UnitAccess.isStaff();
        Map<String, String> taxCodes = new HashMap<>();
        try (SheetWriter sheet = opener.open()) {
            sheet.row(PersonSheet.COLUMNS.stream()
                    .filter(column -> contacts || !isContact(column)).map(column -> column.header(vietnamese)).toList());
            ExportPages.forEach(page, number -> people.search(filter, number, ExportPages.SIZE), limits.maxExportRows(),
                    person -> sheet.row(cells(person, taxCodes, vietnamese, contacts)));
        }
    }

    private List<Object> cells(Person person, Map<String, String> taxCodes, boolean vietnamese, boolean contacts) {
        PersonProfile p = person.profile();
        String unitTaxCode = taxCodes.computeIfAbsent(person.unitId(), id -> units.get(id).taxCode());
        List<Object> cells = new ArrayList<>(Arrays.asList(unitTaxCode, p.fullName(),
                PersonSheet.KINDS.write(p.kind(), vietnamese), p.position(),
                PersonSheet.GENDERS.write(p.gender(), vietnamese), p.birthYear()));
        if (contacts) {
            boolean visible = PersonService.maySeeContact(person);
            cells.add(visible ? p.phone() : null);
            cells.add(visible ? p.email() : null);
        }
        return cells;
    }

    private static boolean isContact(Column column) {
        return column == PersonSheet.PHONE || column == PersonSheet.EMAIL;
    }
}
