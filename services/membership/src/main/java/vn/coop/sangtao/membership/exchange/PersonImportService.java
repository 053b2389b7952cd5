package vn.coop.sangtao.membership.exchange;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.person.Person;
import vn.coop.sangtao.membership.person.PersonProfile;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports the people of member units from a sheet. A row names its unit by tax code; the person is
 * found by unit, name without accents and birth year, then left alone when nothing differs,
 * corrected when something does, and registered in that unit when no one matches. Like the unit
 * import it checks rows as the API does, applies the valid ones, and a dry run applies nothing.
 */
@Service
public class PersonImportService {

    private static final Logger log = LoggerFactory.getLogger(PersonImportService.class);
    private static final int LOOKUP_BATCH = 1_000;

    private final PersonService people;
    private final UnitService units;
    private final Validator validator;
    private final MessageSource messages;

    PersonImportService(PersonService people, UnitService units, Validator validator, MessageSource messages) {
        this.people = people;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    public ImportReport importPeople(Table table, boolean dryRun) {
        Header header = Header.of(table.header(), PersonSheet.COLUMNS);
        List<PersonRow> rows = table.rows().stream()
                .map(row -> PersonRow.read(new RowReader(header, row), validator)).toList();
        Map<String, MemberUnit> unitsByTaxCode = unitsOf(rows);
        refuseUnknownUnitsAndRepeats(rows, unitsByTaxCode, header);
        Map<String, List<Person>> peopleByUnit = peopleOf(unitsByTaxCode.values());
        ImportTally tally = new ImportTally(dryRun, rows.size());
        for (PersonRow row : rows) {
            if (row.cells().isValid()) {
                MemberUnit unit = unitsByTaxCode.get(row.unitTaxCode());
                settle(row, unit, peopleByUnit.getOrDefault(unit.id(), List.of()), header, dryRun, tally);
            } else {
                tally.fail(row.cells().problems());
            }
        }
        ImportReport report = tally.report(problem -> messages.getMessage(problem.messageKey(),
                problem.args().toArray(), problem.code(), LocaleContextHolder.getLocale()));
        log.info("imported people dryRun={} rows={} created={} updated={} unchanged={} failed={}", dryRun,
                report.rows(), report.created(), report.updated(), report.unchanged(), report.failed());
        return report;
    }

    private void settle(PersonRow row, MemberUnit unit, List<Person> ofUnit, Header header, boolean dryRun,
                        ImportTally tally) {
        List<Person> matches = ofUnit.stream().filter(person -> row.isAbout(person, header)).toList();
        try {
            if (matches.size() > 1) {
                row.cells().problem(PersonSheet.FULL_NAME, "ambiguous-person", matches.size());
                tally.fail(row.cells().problems());
            } else if (matches.isEmpty()) {
                if (!dryRun) {
                    people.register(unit.id(), row.profile(), null);
                }
                tally.count(Outcome.CREATED);
            } else {
                Person current = matches.get(0);
                PersonProfile wanted = row.appliedTo(current.profile(), header);
                boolean same = wanted.equals(current.profile());
                if (!same && !dryRun) {
                    people.update(current.id(), current.version(), wanted);
                }
                tally.count(same ? Outcome.UNCHANGED : Outcome.UPDATED);
            }
        } catch (ApiProblem refused) {
            row.cells().refused(refused, PersonRow.REQUEST_FIELDS);
            tally.fail(row.cells().problems());
        }
    }

    private Map<String, MemberUnit> unitsOf(List<PersonRow> rows) {
        List<String> taxCodes = rows.stream().map(PersonRow::unitTaxCode).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, MemberUnit> found = new HashMap<>();
        for (int from = 0; from < taxCodes.size(); from += LOOKUP_BATCH) {
            units.findByTaxCodes(taxCodes.subList(from, Math.min(from + LOOKUP_BATCH, taxCodes.size())))
                    .forEach(unit -> found.put(unit.taxCode(), unit));
        }
        return found;
    }

    private static void refuseUnknownUnitsAndRepeats(List<PersonRow> rows, Map<String, MemberUnit> units,
                                                     Header header) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (PersonRow row : rows) {
            if (row.unitTaxCode() != null && !units.containsKey(row.unitTaxCode())) {
                row.cells().problem(PersonSheet.UNIT_TAX_CODE, "unknown-unit", row.unitTaxCode());
            }
            if (row.unitTaxCode() != null && row.fields().fullName() != null) {
                Integer first = firstRow.putIfAbsent(row.identity(header), row.cells().number());
                if (first != null) {
                    row.cells().problem(PersonSheet.FULL_NAME, "duplicate-person-in-file", String.valueOf(first));
                }
            }
        }
    }

    private Map<String, List<Person>> peopleOf(Collection<MemberUnit> found) {
        List<String> unitIds = found.stream().map(MemberUnit::id).toList();
        Map<String, List<Person>> byUnit = new HashMap<>();
        for (int from = 0; from < unitIds.size(); from += LOOKUP_BATCH) {
            for (Person person : people.inUnits(unitIds.subList(from, Math.min(from + LOOKUP_BATCH, unitIds.size())))) {
                byUnit.computeIfAbsent(person.unitId(), id -> new ArrayList<>()).add(person);
            }
        }
        return byUnit;
    }
}
