package vn.coop.sangtao.membership.unit;

import java.time.LocalDate;

/**
 * What the alliance records about a unit and may correct: everything except the tax code, which
 * identifies it, and the status, which changes with a dated history. The phone and email are the
 * unit's office contacts, not a person's.
 */
public record UnitProfile(String name, UnitKind kind, Sector sector, String areaId, LocalDate foundedOn,
                          LocalDate joinedOn, String address, String phone, String email, String head) {

    public UnitProfile trimmed() {
        return new UnitProfile(name.trim(), kind, sector, areaId, foundedOn, joinedOn, trim(address), trim(phone),
                trim(email), trim(head));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
