package vn.coop.sangtao.membership.exchange;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.area.AreaService;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitProfile;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Imports member units from a sheet. Each row is checked as the API checks a registration; a new
 * tax code registers the unit and a known one corrects it, through {@link UnitService} so that the
 * events and the audit trail are those of the API. A row equal to what is stored changes nothing,
 * so importing the same sheet twice writes nothing the second time. Valid rows are applied even
 * when others fail; a dry run decides the same way and applies nothing.
 */
@Service
public class UnitImportService {

    private static final Logger log = LoggerFactory.getLogger(UnitImportService.class);
    private static final int LOOKUP_BATCH = 1_000;
    static final int PROGRESS_EVERY = 250;

    private final UnitService units;
    private final AreaService areas;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    UnitImportService(UnitService units, AreaService areas, Validator validator, MessageSource messages, Clock clock) {
        this.units = units;
        this.areas = areas;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    public ImportReport importUnits(Table table, boolean dryRun) {
        return importUnits(table, dryRun, applied -> {
        });
    }

    /** Refuses (422) a sheet whose header lacks a required column or names one twice, before any row is read. */
    public void checkHeader(Table table) {
        Header.of(table.header(), UnitSheet.COLUMNS);
    }

    /** Imports, telling {@code progress} how many rows are settled every {@value #PROGRESS_EVERY} rows. */
    public ImportReport importUnits(Table table, boolean dryRun, IntConsumer progress) {
        Header header = Header.of(table.header(), UnitSheet.COLUMNS);
        AreaCodes areaCodes = header.has(UnitSheet.AREA) ? AreaCodes.today(areas, clock)
                : new AreaCodes(List.of(), id -> false);
        List<UnitRow> rows = table.rows().stream()
                .map(row -> UnitRow.read(new RowReader(header, row), areaCodes, validator)).toList();
        refuseRepeatedTaxCodes(rows);
        Map<String, MemberUnit> stored = storedUnits(rows);
        ImportTally tally = new ImportTally(dryRun, rows.size());
        int settled = 0;
        for (UnitRow row : rows) {
            if (row.cells().isValid()) {
                settle(row, stored.get(row.taxCode()), header, dryRun, tally);
            } else {
                tally.fail(row.cells().problems());
            }
            if (++settled % PROGRESS_EVERY == 0) {
                progress.accept(settled);
            }
        }
        ImportReport report = tally.report(this::wording);
        log.info("imported units dryRun={} rows={} created={} updated={} unchanged={} failed={}", dryRun,
                report.rows(), report.created(), report.updated(), report.unchanged(), report.failed());
        return report;
    }

    private void settle(UnitRow row, MemberUnit current, Header header, boolean dryRun, ImportTally tally) {
        try {
            if (current == null) {
                if (!dryRun) {
                    units.register(row.taxCode(), row.profile());
                }
                tally.count(Outcome.CREATED);
                return;
            }
            UnitProfile wanted = row.appliedTo(current.profile(), header);
            if (wanted.equals(current.profile())) {
                tally.count(Outcome.UNCHANGED);
                return;
            }
            if (!dryRun) {
                units.update(current.id(), current.version(), wanted);
            }
            tally.count(Outcome.UPDATED);
        } catch (ApiProblem refused) {
            // e.g. the same tax code registered meanwhile by someone else: this row fails, the others go on
            row.cells().refused(refused, UnitRow.REQUEST_FIELDS);
            tally.fail(row.cells().problems());
        }
    }

    /** A tax code twice in one sheet is an error on every row after the first: which one is meant? */
    private static void refuseRepeatedTaxCodes(List<UnitRow> rows) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (UnitRow row : rows) {
            if (row.taxCode() != null) {
                Integer first = firstRow.putIfAbsent(row.taxCode(), row.cells().number());
                if (first != null) {
                    row.cells().problem(UnitSheet.TAX_CODE, "duplicate-in-file", String.valueOf(first));
                }
            }
        }
    }

    private Map<String, MemberUnit> storedUnits(List<UnitRow> rows) {
        List<String> taxCodes = rows.stream().filter(row -> row.cells().isValid()).map(UnitRow::taxCode).toList();
        Map<String, MemberUnit> stored = new HashMap<>();
        for (int from = 0; from < taxCodes.size(); from += LOOKUP_BATCH) {
            List<String> batch = taxCodes.subList(from, Math.min(from + LOOKUP_BATCH, taxCodes.size()));
            units.findByTaxCodes(batch).forEach(unit -> stored.put(unit.taxCode(), unit));
        }
        return stored;
    }

    private String wording(RowProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(),
                LocaleContextHolder.getLocale());
    }
}
