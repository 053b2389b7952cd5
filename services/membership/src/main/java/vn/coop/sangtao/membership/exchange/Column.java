package vn.coop.sangtao.membership.exchange;

import java.util.List;
import java.util.stream.Stream;

/**
 * One column of an import sheet. A header cell names it by its English {@code key} or its
 * Vietnamese {@code label} (or an alias), compared without case, accents, spaces or punctuation, so
 * that "Mã số thuế", "MA SO THUE" and "taxCode" are the same column.
 */
public record Column(String key, String label, boolean required, List<String> aliases) {

    public static Column required(String key, String label, String... aliases) {
        return new Column(key, label, true, List.of(aliases));
    }

    public static Column optional(String key, String label, String... aliases) {
        return new Column(key, label, false, List.of(aliases));
    }

    boolean isNamedBy(String header) {
        String wanted = Words.key(header);
        return Stream.concat(Stream.of(key, label), aliases.stream()).map(Words::key).anyMatch(wanted::equals);
    }

    /** The header an export writes: the Vietnamese label, or the key for English readers. */
    public String header(boolean vietnamese) {
        return vietnamese ? label : key;
    }
}
