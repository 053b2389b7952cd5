package vn.coop.sangtao.membership.exchange;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Map;

/**
 * Validates a row with the Bean Validation rules of the API's request, so that a sheet accepts
 * exactly what the form and the JSON API accept, and reports each violation on its column.
 */
final class Violations {

    private Violations() {
    }

    /** {@code columns} maps the request's properties to the sheet's columns. */
    static <T> void check(Validator validator, T request, Map<String, Column> columns, RowReader row) {
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            Column column = columns.get(violation.getPropertyPath().toString());
            if (column == null || row.isUnreadable(column)) {
                continue;
            }
            Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
            switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
                case "NotBlank", "NotNull", "NotEmpty" -> row.problem(column, "required");
                case "Size" -> row.problem(column, "too-long", String.valueOf(limits.get("max")));
                case "Pattern" -> row.problem(column, "invalid-format");
                case "Email" -> row.problem(column, "invalid-email");
                case "Min" -> row.problem(column, "too-small", String.valueOf(limits.get("value")));
                case "Max" -> row.problem(column, "too-large", String.valueOf(limits.get("value")));
                default -> row.problem(column, "invalid");
            }
        }
    }
}
