package vn.coop.sangtao.membership.exchange;

import java.util.List;

/**
 * One row of an uploaded sheet: {@code number} is the row as the user sees it in a spreadsheet
 * (the header is row 1 when it is the first line), {@code cells} are trimmed, NFC text.
 */
public record SheetRow(int number, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
