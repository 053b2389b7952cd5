package vn.coop.sangtao.membership.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.coop.sangtao.membership.unit.TaxCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the sheets the tests upload and reads the ones they download. */
final class Sheets {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicInteger SERIAL = new AtomicInteger(200_000);

    private Sheets() {
    }

    /** A valid tax code not used before in this JVM. */
    static String newTaxCode() {
        while (true) {
            String nine = String.format("37%07d", SERIAL.incrementAndGet());
            int check = TaxCode.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /** A valid code that starts with 0, as Hanoi's do, which Excel drops when the code is typed as a number. */
    static String newHanoiTaxCode() {
        while (true) {
            String nine = String.format("01%07d", SERIAL.incrementAndGet());
            int check = TaxCode.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /** The same code with a wrong check digit. */
    static String withWrongCheckDigit(String taxCode) {
        return taxCode.substring(0, 9) + ((taxCode.charAt(9) - '0' + 1) % 10);
    }

    /** UTF-8 lines joined with CRLF, as Excel saves a CSV. */
    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(byte[] content) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[bom.length + content.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(content, 0, all, bom.length, content.length);
        return all;
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** A workbook whose first sheet holds {@code rows}: texts, numbers and dates as real cell types. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Đơn vị");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a downloaded CSV, without its byte order mark. */
    static List<CSVRecord> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, CSVFormat.EXCEL)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
