package vn.coop.sangtao.membership.exchange;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Reads the first sheet of an .xlsx workbook as a stream of rows (POI's event API), so that a
 * sheet of twenty thousand rows never becomes a workbook object in memory. Date cells arrive as
 * ISO dates and numbers as plain digits (see {@link SheetValueFormatter}).
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes, int maxRows) {
        TableBuilder table = new TableBuilder(maxRows);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ApiProblem(400, "empty-import", List.of());
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new RowCollector(table), new SheetValueFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            throw e.getCause() instanceof ApiProblem problem ? problem : unreadable();
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                 | ParserConfigurationException | IllegalArgumentException e) {
            throw unreadable();
        }
        return table.table();
    }

    private static ApiProblem unreadable() {
        return new ApiProblem(400, "unreadable-import", List.of());
    }

    /** Hands each row to the table, with the cells a sheet leaves out (empty ones) filled in. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableBuilder table;
        private List<String> cells = new ArrayList<>();

        RowCollector(TableBuilder table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            table.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }
    }
}
