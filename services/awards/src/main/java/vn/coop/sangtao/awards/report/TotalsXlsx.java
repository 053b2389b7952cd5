package vn.coop.sangtao.awards.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The totals report as one XLSX sheet, with the report's rows under Vietnamese headings. */
public final class TotalsXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> HEADINGS = List.of("Nhóm", "Mã", "Tên", "Số lượng", "Số tiền (đồng)");

    private TotalsXlsx() {
    }

    public static byte[] write(TotalsReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tổng hợp " + report.year());
            Row heading = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                heading.createCell(c).setCellValue(HEADINGS.get(c));
            }
            for (int r = 0; r < report.rows().size(); r++) {
                TotalsRow line = report.rows().get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(line.group().label());
                row.createCell(1).setCellValue(line.key() == null ? "" : line.key());
                row.createCell(2).setCellValue(line.name());
                row.createCell(3).setCellValue(line.count());
                row.createCell(4).setCellValue(line.amountVnd());
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(4, 18 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
