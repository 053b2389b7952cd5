package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column sits in an uploaded sheet, and the header text the user wrote for it, so
 * that a row error names the column as the user sees it. Unknown columns are ignored; an optional
 * column that is absent is left as stored, while a present but empty cell clears the value.
 */
public final class Header {

    private final Map<Column, Integer> positions;
    private final Map<Column, String> written;

    private Header(Map<Column, Integer> positions, Map<Column, String> written) {
        this.positions = positions;
        this.written = written;
    }

    /** Refuses a sheet without every required column (422), or naming a column twice. */
    public static Header of(SheetRow header, List<Column> columns) {
        Map<Column, Integer> positions = new LinkedHashMap<>();
        Map<Column, String> written = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            for (Column column : columns) {
                if (!text.isEmpty() && column.isNamedBy(text)) {
                    if (positions.putIfAbsent(column, i) != null) {
                        throw ApiProblem.ruleOnFields("duplicate-column",
                                List.of(new FieldProblem(text, "duplicateColumn")), text);
                    }
                    written.put(column, text);
                }
            }
        }
        List<Column> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.ruleOnFields("missing-columns",
                    missing.stream().map(c -> new FieldProblem(c.label(), "missingColumn")).toList(),
                    String.join(", ", missing.stream().map(c -> c.label() + " (" + c.key() + ")").toList()));
        }
        return new Header(positions, written);
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The trimmed cell of {@code column} in {@code row}; empty when the column is absent or blank. */
    public String value(SheetRow row, Column column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** Where the column the sheet calls {@code name} sits; past the last column for none. */
    int positionOf(String name) {
        return written.entrySet().stream().filter(e -> e.getValue().equals(name)).map(e -> positions.get(e.getKey()))
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    /** The column's name as the sheet writes it, for error reports. */
    public String nameOf(Column column) {
        return written.getOrDefault(column, column.key());
    }
}
