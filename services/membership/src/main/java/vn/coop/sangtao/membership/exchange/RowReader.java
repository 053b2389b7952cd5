package vn.coop.sangtao.membership.exchange;

import vn.coop.sangtao.platform.problem.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one sheet row, noting a problem for each cell it cannot read. A blank
 * cell reads as null; whether a value is required is the validation's business, not the reader's.
 */
final class RowReader {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    /** Excel shows a tax code typed as a number without its leading zero (0100109106 as 100109106). */
    private static final Pattern TAX_CODE_WITHOUT_ZERO = Pattern.compile("\\d{9}(-\\d{3})?");

    private final Header header;
    private final SheetRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<Column> unreadable = new HashSet<>();
    private final Set<Column> faulty = new HashSet<>();

    RowReader(Header header, SheetRow row) {
        this.header = header;
        this.row = row;
    }

    int number() {
        return row.number();
    }

    String text(Column column) {
        String value = header.value(row, column);
        return value.isEmpty() ? null : value;
    }

    String taxCode(Column column) {
        String value = text(column);
        return value != null && TAX_CODE_WITHOUT_ZERO.matcher(value).matches() ? "0" + value : value;
    }

    <E extends Enum<E>> E listed(Column column, Vocabulary<E> words) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return words.read(value).orElseGet(() -> unreadable(column, "unknown-value", value));
    }

    /** dd/MM/yyyy as people write dates here, yyyy-MM-dd as machines (and date cells) do. */
    LocalDate date(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return ISO_DATE.matcher(value).matches() ? LocalDate.parse(value) : LocalDate.parse(value, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return unreadable(column, "invalid-date", value);
        }
    }

    Integer integer(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return INTEGER.matcher(value).matches() ? Integer.valueOf(value) : unreadable(column, "invalid-number", value);
    }

    void problem(Column column, String code, Object... args) {
        if (column != null) {
            faulty.add(column);
        }
        problems.add(RowProblem.of(row.number(), column == null ? null : header.nameOf(column), code, args));
    }

    /** Whether the cell already has a problem, so that validation does not report it twice. */
    boolean isUnreadable(Column column) {
        return unreadable.contains(column);
    }

    /**
     * Notes that the service refused the row (a rule, or a concurrent change) with the refusal's own
     * message; {@code fields} maps the request fields a refusal may name to the sheet's columns.
     */
    void refused(ApiProblem problem, Map<String, Column> fields) {
        Column column = problem.errors().stream().map(e -> fields.get(e.field())).filter(Objects::nonNull)
                .findFirst().orElse(null);
        problems.add(new RowProblem(row.number(), column == null ? null : header.nameOf(column), problem.code(),
                "problem." + problem.code() + ".detail", Arrays.asList(problem.args())));
    }

    boolean hasProblem(Column column) {
        return faulty.contains(column);
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    /** The row's problems from its leftmost column to its rightmost, then those of the whole row. */
    List<RowProblem> problems() {
        List<RowProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparingInt(problem -> header.positionOf(problem.column())));
        return ordered;
    }

    private <T> T unreadable(Column column, String code, String value) {
        unreadable.add(column);
        problem(column, code, value);
        return null;
    }
}
