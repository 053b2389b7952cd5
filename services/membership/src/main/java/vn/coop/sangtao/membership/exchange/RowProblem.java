package vn.coop.sangtao.membership.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one row, before it is put into the caller's language: {@code messageKey} and
 * {@code args} name the message, {@code column} is the header as the sheet writes it (null when the
 * whole row is at fault).
 */
public record RowProblem(int row, String column, String code, String messageKey, List<Object> args) {

    /** A problem the import itself finds; its message is {@code import.error.<code>}. */
    public static RowProblem of(int row, String column, String code, Object... args) {
        return new RowProblem(row, column, code, "import.error." + code, Arrays.asList(args));
    }
}
