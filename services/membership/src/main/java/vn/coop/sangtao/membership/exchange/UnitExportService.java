package vn.coop.sangtao.membership.exchange;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.area.AreaService;
import vn.coop.sangtao.membership.unit.MemberUnit;
import vn.coop.sangtao.membership.unit.UnitFilter;
import vn.coop.sangtao.membership.unit.UnitProfile;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.web.PageResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Exports the units a search finds, every page of it in the search's order, with the import's
 * columns: an export re-imported changes nothing. Area cells hold the area's code where it is
 * unambiguous, as people write it.
 */
@Service
public class UnitExportService {

    private final UnitService units;
    private final AreaService areas;
    private final ExchangeProperties limits;
    private final Clock clock;

    UnitExportService(UnitService units, AreaService areas, ExchangeProperties limits, Clock clock) {
        this.units = units;
        this.areas = areas;
        this.limits = limits;
        this.clock = clock;
    }

    /** Refuses (422) before opening the sheet when the search finds more rows than an export holds. */
    public void export(UnitFilter filter, boolean vietnamese, SheetWriter.Opener opener) throws IOException {
        PageResponse<MemberUnit> page = units.search(filter, 0, ExportPages.SIZE);
        ExportPages.requireWithin(page.total(), limits.maxExportRows());
        AreaCodes areaCodes = AreaCodes.today(areas, clock);
        try (SheetWriter sheet = opener.open()) {
            sheet.row(UnitSheet.COLUMNS.stream().map(column -> column.header(vietnamese)).toList());
            ExportPages.forEach(page, number -> units.search(filter, number, ExportPages.SIZE), limits.maxExportRows(),
                    unit -> sheet.row(cells(unit, vietnamese, areaCodes)));
        }
    }

    private static List<Object> cells(MemberUnit unit, boolean vietnamese, AreaCodes areaCodes) {
        UnitProfile p = unit.profile();
        return Arrays.asList(unit.taxCode(), p.name(), UnitSheet.KINDS.write(p.kind(), vietnamese),
                UnitSheet.SECTORS.write(p.sector(), vietnamese), areaCodes.labelOf(p.areaId()), p.foundedOn(),
                p.joinedOn(), p.address(), p.phone(), p.email(), p.head());
    }
}
