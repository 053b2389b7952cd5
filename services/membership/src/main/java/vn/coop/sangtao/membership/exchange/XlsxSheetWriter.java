package vn.coop.sangtao.membership.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an .xlsx through POI's streaming workbook, which keeps only a window of rows in memory
 * (fifty thousand rows would not fit the service's heap otherwise). Dates are real date cells and
 * tax codes text cells, so Excel neither reformats nor drops leading zeros.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int COLUMN_WIDTH = 22 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private int next;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        this.dateStyle = workbook.createCellStyle();
        this.dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        this.headerStyle.setFont(bold);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            write(row.createCell(i), cells.get(i));
        }
        if (next == 0) {
            row.forEach(cell -> cell.setCellStyle(headerStyle));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < cells.size(); i++) {
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
        }
        next++;
    }

    private void write(Cell cell, Object value) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
