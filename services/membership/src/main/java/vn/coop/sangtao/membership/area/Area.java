package vn.coop.sangtao.membership.area;

import vn.coop.sangtao.platform.text.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An administrative area valid from {@code validFrom} through {@code validTo} (open when null).
 * Areas are never rewritten when the map changes: the old one is closed and a new one defined, so
 * that any date can be asked about.
 */
public record Area(String id, String code, String name, String nameKey, AreaLevel level, String parentId,
                   LocalDate validFrom, LocalDate validTo, List<String> formerTenantIds, long version) {

    static Area define(String code, String name, AreaLevel level, String parentId, LocalDate validFrom,
                       LocalDate validTo) {
        return new Area(UUID.randomUUID().toString(), code, name.trim(), Text.fold(name), level, parentId, validFrom,
                validTo, List.of(), 0);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this area exists on every day {@code other} does. */
    boolean covers(Area other) {
        return !other.validFrom().isBefore(validFrom)
                && (validTo == null || (other.validTo() != null && !other.validTo().isAfter(validTo)));
    }

    Area close(LocalDate lastDay) {
        return new Area(id, code, name, nameKey, level, parentId, validFrom, lastDay, formerTenantIds, version);
    }

    AreaEvent.Defined defined() {
        return new AreaEvent.Defined(id, code, name, level, parentId, validFrom, validTo);
    }
}
