package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded sheet, CSV or .xlsx, whatever the browser claims: the content decides (an
 * .xlsx is a zip), the name and content type only break ties. An old binary .xls or any other
 * binary file is refused with a hint to save as .xlsx or CSV UTF-8.
 */
public final class TableReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int SNIFFED = 8192;

    private TableReader() {
    }

    public static Table read(byte[] bytes, String fileName, String contentType, int maxRows) {
        if (startsWith(bytes, ZIP)) {
            return XlsxTableReader.read(bytes, maxRows);
        }
        if (startsWith(bytes, OLE2) || claimsXlsx(fileName, contentType) || looksBinary(bytes)) {
            throw new ApiProblem(400, "unreadable-import", List.of());
        }
        return CsvTableReader.read(bytes, maxRows);
    }

    private static boolean claimsXlsx(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        // not "application/vnd.ms-excel": Windows sends it for .csv files too
        return name.endsWith(".xlsx") || name.endsWith(".xls") || type.contains("spreadsheetml");
    }

    /** Text never holds a NUL byte; images, PDFs and archives almost always do early on. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFFED); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
