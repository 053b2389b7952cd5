package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.membership.area.Area;
import vn.coop.sangtao.membership.area.AreaService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the area cell of a sheet, which may hold an area's id or its code (people know codes, an
 * export of ids re-imports too), and writes the code back where it names the area without doubt.
 * Codes are those of the areas valid today; a code two of them share is no answer.
 */
final class AreaCodes {

    private final Map<String, String> idByCode = new HashMap<>();
    private final Map<String, String> codeById = new HashMap<>();
    private final Map<String, Boolean> known = new HashMap<>();
    private final Predicate<String> exists;

    AreaCodes(List<Area> validToday, Predicate<String> exists) {
        this.exists = exists;
        Set<String> shared = new HashSet<>();
        for (Area area : validToday) {
            if (area.code() != null && idByCode.putIfAbsent(area.code(), area.id()) != null) {
                shared.add(area.code());
            }
        }
        shared.forEach(idByCode::remove);
        idByCode.forEach((code, id) -> codeById.put(id, code));
    }

    static AreaCodes today(AreaService areas, Clock clock) {
        return new AreaCodes(areas.validOnDay(LocalDate.now(clock)), areas::exists);
    }

    /** The area's id, or null when the cell names no area of the tenant. */
    String idOf(String idOrCode) {
        if (idByCode.containsKey(idOrCode)) {
            return idByCode.get(idOrCode);
        }
        return known.computeIfAbsent(idOrCode, exists::test) ? idOrCode : null;
    }

    /** What an export writes for the area: its code where that is unambiguous, else its id. */
    String labelOf(String id) {
        return id == null ? null : codeById.getOrDefault(id, id);
    }
}
