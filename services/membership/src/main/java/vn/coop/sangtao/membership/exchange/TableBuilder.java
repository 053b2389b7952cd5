package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows a reader finds: the first non-blank row is the header, blank rows are skipped
 * (their numbers still count, so row numbers stay those of the sheet), and a sheet with more data
 * rows than allowed is refused while it is read, before it fills the memory.
 */
final class TableBuilder {

    /** What an export puts before a text that a spreadsheet would run as a formula; reading takes it off. */
    static final char FORMULA_GUARD = '\'';
    static final String FORMULA_STARTS = "=+-@\t\r";

    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private SheetRow header;

    TableBuilder(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(int number, List<String> cells) {
        SheetRow row = new SheetRow(number, cells.stream().map(TableBuilder::clean).toList());
        if (row.isBlank()) {
            return;
        }
        if (header == null) {
            header = row;
            return;
        }
        if (rows.size() == maxRows) {
            throw new ApiProblem(413, "too-many-rows", List.of(), maxRows);
        }
        rows.add(row);
    }

    Table table() {
        if (header == null) {
            throw new ApiProblem(400, "empty-import", List.of());
        }
        return new Table(header, List.copyOf(rows));
    }

    /** Trimmed (no-break spaces too, as text pasted from the web brings them), NFC, formula guard removed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Text.nfc(raw.replace('\u00A0', ' ').strip());
        boolean guarded = text.length() > 1 && text.charAt(0) == FORMULA_GUARD
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0;
        return guarded ? text.substring(1) : text;
    }
}
