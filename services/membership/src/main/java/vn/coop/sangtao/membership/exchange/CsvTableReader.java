package vn.coop.sangtao.membership.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a UTF-8 CSV, with or without the byte order mark Excel writes. The separator is the one
 * the header line uses most: Excel in a Vietnamese or European locale saves with semicolons.
 */
final class CsvTableReader {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CsvTableReader() {
    }

    static Table read(byte[] bytes, int maxRows) {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(text))
                .setIgnoreEmptyLines(false).get();
        TableBuilder table = new TableBuilder(maxRows);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                // the record number, not the line number: a quoted cell over two lines is still one row
                table.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ApiProblem(400, "unreadable-import", List.of());
        }
        return table.table();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "csv-not-utf8", List.of());
        }
    }

    /** The separator the header uses most; the header is the first line that holds anything. */
    static char separatorOf(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ',';
        long bestCount = 0;
        for (char separator : SEPARATORS) {
            long count = countOutsideQuotes(header, separator);
            if (count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char separator) {
        long count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }
}
