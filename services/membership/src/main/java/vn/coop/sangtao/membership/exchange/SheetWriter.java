package vn.coop.sangtao.membership.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes an export row by row; a cell is text, a {@link java.time.LocalDate}, a number, or null for blank. */
public interface SheetWriter extends Closeable {

    void row(List<?> cells) throws IOException;

    /** Opens a writer only once the export knows it will succeed, so a refusal can still answer a problem. */
    @FunctionalInterface
    interface Opener {
        SheetWriter open() throws IOException;
    }
}
