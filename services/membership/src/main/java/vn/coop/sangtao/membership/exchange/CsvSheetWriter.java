package vn.coop.sangtao.membership.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CSV that Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as Windows-1252 mojibake), commas, CRLF. A text that a spreadsheet would run as a
 * formula gets a leading apostrophe, which the import takes off again.
 */
final class CsvSheetWriter implements SheetWriter {

    private final CSVPrinter printer;

    CsvSheetWriter(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        boolean formulaLike = !(cell instanceof Number) && !text.isEmpty()
                && TableBuilder.FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        return formulaLike ? TableBuilder.FORMULA_GUARD + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
