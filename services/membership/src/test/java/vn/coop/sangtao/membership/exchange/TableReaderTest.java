package vn.coop.sangtao.membership.exchange;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coop.sangtao.membership.exchange.Sheets.csv;
import static vn.coop.sangtao.membership.exchange.Sheets.row;

class TableReaderTest {

    private static Table read(byte[] content, String name) {
        return TableReader.read(content, name, null, 100);
    }

    @Test
    void shouldSplitOnSemicolonsWhenExcelSavedTheCsvThatWay() {
        Table table = read(Sheets.withBom(csv("Mã số thuế;Tên đơn vị", "2700283652;\"HTX Gia Trấn, Ninh Bình\"")), "a.csv");
        assertThat(table.header().cells()).containsExactly("Mã số thuế", "Tên đơn vị");
        assertThat(table.rows().get(0).cells()).containsExactly("2700283652", "HTX Gia Trấn, Ninh Bình");
    }

    @Test
    void shouldNumberRowsAsTheSheetShowsThemWhenRowsAreBlankOrCellsSpanLines() {
        Table table = read(csv("taxCode,name", "1,\"HTX\nhai dòng\"", "", ",", "2,HTX Ba"), "a.csv");
        assertThat(table.rows()).extracting(SheetRow::number).containsExactly(2, 5);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("HTX\nhai dòng");
    }

    @Test
    void shouldCleanCellsWhenTheyComeWithNoBreakSpacesDecomposedAccentsOrAFormulaGuard() {
        String decomposed = "Nguye\u0302\u0303n";
        Table table = read(csv("a,b,c", "\u00A0 HTX \u00A0," + decomposed + ",'+84 912 345 678"), "a.csv");
        assertThat(table.rows().get(0).cells()).containsExactly("HTX", "Nguyễn", "+84 912 345 678");
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8AndFilesThatAreNotSheets() {
        byte[] latin1 = "Tên,Mã\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, "a.csv")).isInstanceOf(ApiProblem.class)
                .extracting(e -> ((ApiProblem) e).code()).isEqualTo("csv-not-utf8");
        assertThatThrownBy(() -> read(new byte[]{'P', 'K', 3, 4, 0, 0}, "a.xlsx"))
                .extracting(e -> ((ApiProblem) e).code()).isEqualTo("unreadable-import");
        assertThatThrownBy(() -> read(csv("a,b"), "a.xlsx"))
                .extracting(e -> ((ApiProblem) e).code()).isEqualTo("unreadable-import");
    }

    @Test
    void shouldStopReadingWhenASheetHasMoreRowsThanAllowed() {
        String[] lines = new String[102];
        lines[0] = "a";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "row " + i;
        }
        assertThatThrownBy(() -> read(csv(lines), "a.csv")).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(413));
    }

    @Test
    void shouldReadNumbersAsDigitsAndDatesAsIsoDatesWhenTheSheetIsAWorkbook() {
        byte[] workbook = Sheets.xlsx(List.of(row("taxCode", "foundedOn", "birthYear"),
                row(), row(2700283652L, LocalDate.of(2004, 3, 15), 1985)));
        Table table = read(workbook, "a.xlsx");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).number()).isEqualTo(3);
        assertThat(table.rows().get(0).cells()).containsExactly("2700283652", "2004-03-15", "1985");
    }
}
