package vn.coop.sangtao.membership.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The file types an export can be downloaded as. */
public enum ExportFormat {

    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** {@code csv} or {@code xlsx}, in any case. */
    public static ExportFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SheetWriter writer(OutputStream out, String sheetName) throws IOException {
        return this == CSV ? new CsvSheetWriter(out) : new XlsxSheetWriter(out, sheetName);
    }
}
